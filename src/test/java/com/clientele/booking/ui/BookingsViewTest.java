package com.clientele.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.ui.GridFit;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.booking.TeamMembers;
import com.clientele.booking.TeamMembers.TeamMate;
import com.clientele.provider.TeamMember;
import com.clientele.provider.TeamRole;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerSuggestion;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A provider works through their bookings: finds them, books customers, moves bookings on, records reviews. */
@IntegrationTest
class BookingsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TeamMembers team;
    @Autowired
    BookingService bookings;

    TestProvider provider;
    BookingRef ada;
    BookingRef grace;

    @BeforeEach
    void providerWithBookings() {
        provider = data.newProvider();
        ada = data.book(provider, "Ada Lovelace", "ada-" + provider.id() + "@example.com", BookingStatus.CONFIRMED,
                "40.00", 3);
        grace = data.book(provider, "Grace Hopper", "grace-" + provider.id() + "@example.com",
                BookingStatus.COMPLETED, "55.00", 10);
        data.login(provider.email());
    }

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void providerSeesTheirBookingsNewestFirst() {
        navigate(BookingsView.class);

        BookingGrid grid = find(BookingGrid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).customerName()).isEqualTo("Ada Lovelace");
        assertThat(test(grid).getRow(1).customerName()).isEqualTo("Grace Hopper");
        assertThat(test(grid).getCellText(1, test(grid).getColumnPosition("price"))).isEqualTo("£55.00");
    }

    @Test
    void aProviderReadingGermanSeesStatusesDatesAndMoneyInGerman() {
        UI.getCurrent().getSession().setLocale(Locale.GERMANY);
        navigate(BookingsView.class);
        BookingGrid grid = find(BookingGrid.class).single();

        assertThat(test(find(H1.class).single()).getText()).isEqualTo("Buchungen");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Buchungen · Clientele");
        Badge status = (Badge) test(grid).getCellComponent(0, "status");
        assertThat(status.getText()).isEqualTo("Bestätigt");
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("start")))
                .as("dd.MM.yyyy, HH:mm").matches("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}");
        assertThat(test(grid).getCellText(1, test(grid).getColumnPosition("price"))).isEqualTo("55,00\u00a0£");
        assertThat(actions(grid, 0)).containsExactly("Als abgeschlossen markieren", "Als nicht erschienen markieren",
                "Buchung stornieren");

        test(find(Select.class).withLabel("Status").single()).selectItem("Abgeschlossen");
        assertThat(test(grid).size()).isEqualTo(1);
        DatePicker from = find(DatePicker.class).withLabel("Von").single();
        assertThat(from.getLocale()).isEqualTo(Locale.GERMANY);
        assertThat(from.getI18n().getMonthNames()).contains("Dezember");

        clickRowAction(grid, 0, "Bewertung erfassen");
        ReviewDialog review = find(ReviewDialog.class).single();
        assertThat(review.getHeaderTitle()).isEqualTo("Bewertung: Haircut");
        assertThat(find(TextArea.class, review).single().getHelperText()).isEqualTo("0 / 2.000");
    }

    @Test
    void theNewBookingDialogSpeaksGerman() {
        UI.getCurrent().getSession().setLocale(Locale.GERMANY);
        navigate(BookingsView.class);
        test(find(Button.class).withText("Neue Buchung").single()).click();
        NewBookingDialog dialog = find(NewBookingDialog.class).single();

        test(find(RadioButtonGroup.class, dialog).single()).selectItem("Neuer Kunde");
        assertThat(find(TextField.class, dialog).withLabel("Telefon").single().isVisible()).isTrue();
        DateTimePicker start = find(DateTimePicker.class, dialog).withLabel("Beginn").single();
        assertThat(start.getLocale()).isEqualTo(Locale.GERMANY);
        assertThat(start.getDatePickerI18n().getToday()).isEqualTo("Heute");
        assertThat(start.getHelperText()).startsWith("Zeitzone: ");
        assertThat(find(Select.class, dialog).withLabel("Status").single().getValue())
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThat(find(Button.class, dialog).withText("Buchung anlegen").exists()).isTrue();
    }

    @Test
    void filtersAreInTheAddressAndBackRestoresThem() {
        navigate(BookingsView.class);
        BookingsView view = (BookingsView) getCurrentView();

        test(find(Select.class).withCaption("Status").single()).selectItem("Completed");
        assertThat(view.url().current().getPathWithQueryParameters()).isEqualTo("bookings?status=completed");
        test(find(TextField.class).withCaption("Customer").single()).setValue("Grace");
        assertThat(view.url().current().getQueryParameters().getParameters())
                .isEqualTo(java.util.Map.of("status", List.of("completed"), "customer", List.of("Grace")));
        assertThat(test(find(BookingGrid.class).single()).size()).isEqualTo(1);

        // a bookmark, or Back: the router enters the view with the earlier address
        com.vaadin.flow.component.UI.getCurrent().navigate("bookings",
                com.vaadin.flow.router.QueryParameters.fromString("status=confirmed&from=2026-01-01&to=bad"));
        BookingsView entered = (BookingsView) getCurrentView();
        assertThat(entered.filter().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(entered.filter().from()).isEqualTo(java.time.LocalDate.parse("2026-01-01"));
        assertThat(entered.filter().to()).as("a malformed date counts as none").isNull();
        assertThat(find(com.vaadin.flow.component.datepicker.DatePicker.class).withCaption("From").single()
                .getValue()).isEqualTo(java.time.LocalDate.parse("2026-01-01"));
        assertThat(test(find(BookingGrid.class).single()).size()).isEqualTo(1);
        assertThat(test(find(BookingGrid.class).single()).getRow(0).customerName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void columnsFitTheWindowWithoutSidewaysScrolling() {
        navigate(BookingsView.class);
        BookingGrid grid = find(BookingGrid.class).single();

        GridFit.assertFitsEveryWindow(grid, grid::fitWidth);

        grid.fitWidth(1440);
        assertThat(GridFit.visibleKeys(grid)).containsExactly("start", "customer", "service", "price", "status",
                "review", "actions");
        grid.fitWidth(1200);
        assertThat(GridFit.visibleKeys(grid)).containsExactly("start", "customer", "service", "price", "status",
                "actions");
        grid.fitWidth(1024);
        assertThat(GridFit.visibleKeys(grid)).containsExactly("booking", "status", "actions");
    }

    @Test
    void providerFiltersByStatusAndCustomer() {
        navigate(BookingsView.class);
        BookingGrid grid = find(BookingGrid.class).single();

        test(find(Select.class).withLabel("Status").single()).selectItem("Completed");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).customerName()).isEqualTo("Grace Hopper");

        find(Select.class).withLabel("Status").single().clear();
        test(find(TextField.class).withLabel("Customer").single()).setValue("lovelace");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).customerName()).isEqualTo("Ada Lovelace");

        test(find(TextField.class).withLabel("Customer").single()).setValue("nobody at all");
        assertThat(test(grid).size()).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("No bookings match these filters.");
    }

    @Test
    void providerBooksAnExistingCustomerPickedByTyping() {
        navigate(BookingsView.class);
        test(find(Button.class).withText("New booking").single()).click();
        NewBookingDialog dialog = find(NewBookingDialog.class).single();

        ComboBox<CustomerSuggestion> picker = find(ComboBox.class, dialog).withLabel("Customer").single();
        test(picker).setFilter("grace");
        assertThat(test(picker).getSuggestionItems()).extracting(CustomerSuggestion::name)
                .containsExactly("Grace Hopper");
        test(picker).selectItem(test(picker).getSuggestions().getFirst());
        fillBooking(dialog, "Colour", "85.50");
        test(find(Button.class, dialog).withText("Create booking").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Booking created");
        CustomerDetails details = data.as(provider, () -> customers.details(grace.relationId()));
        assertThat(details.totalBookings()).as("the figures follow at once").isEqualTo(2);
        assertThat(test(find(BookingGrid.class).single()).size()).isEqualTo(3);
    }

    @Test
    void providerBooksANewCustomer() {
        navigate(BookingsView.class);
        test(find(Button.class).withText("New booking").single()).click();
        NewBookingDialog dialog = find(NewBookingDialog.class).single();

        test(find(RadioButtonGroup.class, dialog).single()).selectItem("New customer");
        test(find(TextField.class, dialog).withLabel("Name").single()).setValue("Katherine Johnson");
        test(find(TextField.class, dialog).withLabel("Phone").single()).setValue("020 7946 0999");
        fillBooking(dialog, "Cut & finish", "48");
        test(find(Button.class, dialog).withText("Create booking").single()).click();

        assertThat(lastNotification()).isEqualTo("Booking created for a new customer");
        assertThat(jdbc.sql("SELECT phone FROM provider_customer WHERE provider_id = ? AND name = ?")
                .params(provider.id(), "Katherine Johnson").query(String.class).single()).isEqualTo("+442079460999");
    }

    @Test
    void badInputIsShownOnTheFieldAndNothingIsBooked() {
        navigate(BookingsView.class);
        test(find(Button.class).withText("New booking").single()).click();
        NewBookingDialog dialog = find(NewBookingDialog.class).single();
        ComboBox<CustomerSuggestion> picker = find(ComboBox.class, dialog).withLabel("Customer").single();
        test(picker).setFilter("ada");
        test(picker).selectItem(test(picker).getSuggestions().getFirst());

        test(find(Button.class, dialog).withText("Create booking").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        TextField service = find(TextField.class, dialog).withLabel("Service").single();
        assertThat(service.isInvalid()).isTrue();
        assertThat(service.getErrorMessage()).isEqualTo("Enter the service");
        assertThat(find(BigDecimalField.class, dialog).withLabel("Price").single().getErrorMessage())
                .isEqualTo("Enter the price");
        assertThat(bookingCount()).isEqualTo(2);
    }

    @Test
    void blockedCustomerCannotBeBookedAndTheReasonIsShown() {
        data.as(provider, () -> customers.block(grace.relationId(), "Abusive messages to staff"));
        navigate(BookingsView.class);
        test(find(Button.class).withText("New booking").single()).click();
        NewBookingDialog dialog = find(NewBookingDialog.class).single();

        ComboBox<CustomerSuggestion> picker = find(ComboBox.class, dialog).withLabel("Customer").single();
        test(picker).setFilter("grace");
        assertThat(test(picker).getSuggestionItems()).singleElement().extracting(CustomerSuggestion::blocked)
                .isEqualTo(true);
        test(picker).selectItem(test(picker).getSuggestions().getFirst());

        Div notice = find(Div.class, dialog).withClassName("blocked-notice").single();
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo("Grace Hopper is blocked and cannot be booked. Reason: Abusive"
                + " messages to staff");
        assertThat(find(Button.class, dialog).withText("Create booking").single().isEnabled()).isFalse();
    }

    @Test
    void thePickerShowsTheCustomersReliabilityWithItsReason() {
        for (int days = 5; days <= 6; days++) {
            Instant start = Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
            data.as(provider, () -> {
                BookingRef missed = bookings.create(NewBooking.forCustomer(grace.customerId(), "Cut", start, 30,
                        BigDecimal.TEN, BookingStatus.CONFIRMED));
                bookings.changeStatus(missed.bookingId(), BookingStatus.NO_SHOW);
            });
        }
        navigate(BookingsView.class);
        test(find(Button.class).withText("New booking").single()).click();
        NewBookingDialog dialog = find(NewBookingDialog.class).single();
        ComboBox<CustomerSuggestion> picker = find(ComboBox.class, dialog).withLabel("Customer").single();
        assertThat(find(Div.class, dialog).withClassName("reliability-notice").all()).as("nobody picked yet")
                .isEmpty();

        test(picker).setFilter("grace");
        test(picker).selectItem(test(picker).getSuggestions().getFirst());
        Div notice = find(Div.class, dialog).withClassName("reliability-notice").single();
        assertThat(notice.getText())
                .isEqualTo("Reliability: 33 % — 2 no-shows, no late cancellations in 12 months");
        assertThat(notice.getElement().getAttribute("data-low")).isEqualTo("true");

        test(picker).setFilter("ada");
        test(picker).selectItem(test(picker).getSuggestions().getFirst());
        assertThat(notice.getText())
                .isEqualTo("Reliability: Not enough history (no bookings that count in 12 months, 3 needed)");
        assertThat(notice.getElement().getAttribute("data-low")).isEqualTo("false");
        assertThat(find(Button.class, dialog).withText("Create booking").single().isEnabled()).isTrue();
    }

    @Test
    void completingABookingFromItsMenuUpdatesTheCustomersFigures() {
        navigate(BookingsView.class);
        BookingGrid grid = find(BookingGrid.class).single();

        clickRowAction(grid, 0, "Mark completed");

        assertThat(lastNotification()).isEqualTo("Booking completed");
        assertThat(test(grid).getRow(0).status()).isEqualTo(BookingStatus.COMPLETED);
        CustomerDetails details = data.as(provider, () -> customers.details(ada.relationId()));
        assertThat(details.completedBookings()).isEqualTo(1);
        assertThat(details.totalSpent()).isEqualByComparingTo("40.00");
    }

    @Test
    void cancellingAsksFirstAndThenCancels() {
        navigate(BookingsView.class);
        BookingGrid grid = find(BookingGrid.class).single();

        clickRowAction(grid, 0, "Cancel booking");
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("Haircut for Ada Lovelace", "This cannot be undone.");
        test(confirm).cancel();
        assertThat(test(grid).getRow(0).status()).isEqualTo(BookingStatus.CONFIRMED);

        clickRowAction(grid, 0, "Cancel booking");
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(lastNotification()).isEqualTo("Booking cancelled");
        assertThat(test(grid).getRow(0).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(data.as(provider, () -> customers.details(ada.relationId())).cancelledCount()).isEqualTo(1);
    }

    @Test
    void providerRecordsAReviewForACompletedBookingOnce() {
        navigate(BookingsView.class);
        BookingGrid grid = find(BookingGrid.class).single();
        assertThat(actions(grid, 0)).as("a confirmed booking cannot be reviewed yet").doesNotContain("Record review");

        clickRowAction(grid, 1, "Record review");
        ReviewDialog dialog = find(ReviewDialog.class).single();
        test(find(RadioButtonGroup.class, dialog).single()).selectItem("★★★★☆");
        test(find(TextArea.class, dialog).single()).setValue("Lovely <b>work</b>");
        test(find(Button.class, dialog).withText("Save review").single()).click();

        assertThat(lastNotification()).isEqualTo("Review saved");
        assertThat(test(grid).getRow(1).rating()).isEqualTo(4);
        assertThat(actions(grid, 1)).as("one review per booking").doesNotContain("Record review");
        assertThat(data.as(provider, () -> customers.details(grace.relationId())).averageRating())
                .isEqualByComparingTo("4");
    }

    @Test
    void ownerFiltersByStaffMemberAndTheAddressKeepsIt() {
        TeamMate sam = team.add(provider, TeamRole.STAFF, "Sam Stylist");
        data.as(provider, () -> bookings.assign(ada.bookingId(), sam.memberId()));
        navigate(BookingsView.class);
        BookingsView view = (BookingsView) getCurrentView();
        BookingGrid grid = find(BookingGrid.class).single();
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("staff"))).isEqualTo("Sam Stylist");
        GridFit.assertFitsEveryWindow(grid, grid::fitWidth);
        grid.fitWidth(1440);
        assertThat(GridFit.visibleKeys(grid)).containsExactly("start", "customer", "service", "staff", "price",
                "status", "review", "actions");
        grid.fitWidth(1300);
        assertThat(GridFit.visibleKeys(grid)).as("the review goes first").containsExactly("start", "customer",
                "service", "staff", "price", "status", "actions");

        test(find(Select.class).withLabel("Staff member").single()).selectItem("Sam Stylist");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).customerName()).isEqualTo("Ada Lovelace");
        assertThat(view.url().current().getPathWithQueryParameters()).isEqualTo("bookings?staff=" + sam.memberId());

        UI.getCurrent().navigate("bookings", com.vaadin.flow.router.QueryParameters.fromString("staff=999999999"));
        assertThat(test(find(BookingGrid.class).single()).size()).as("nobody of this team serves them").isZero();
        UI.getCurrent().navigate("bookings", com.vaadin.flow.router.QueryParameters.fromString("staff="
                + sam.memberId()));
        assertThat(((BookingsView) getCurrentView()).filter().staffMemberId()).isEqualTo(sam.memberId());
        assertThat(find(Select.class).withLabel("Staff member").single().getValue())
                .extracting(member -> ((TeamMember) member).name()).isEqualTo("Sam Stylist");
    }

    @Test
    void theNewBookingDialogOffersTheTeamStillInIt() {
        TeamMate sam = team.add(provider, TeamRole.STAFF, "Sam Stylist");
        team.remove(team.add(provider, TeamRole.STAFF, "Gone Stylist"));
        navigate(BookingsView.class);
        test(find(Button.class).withText("New booking").single()).click();
        NewBookingDialog dialog = find(NewBookingDialog.class).single();

        Select<TeamMember> servedBy = find(Select.class, dialog).withLabel("Served by").single();
        assertThat(servedBy.getValue()).as("nobody in particular, unless chosen").isNull();
        assertThat(servedBy.isReadOnly()).isFalse();
        assertThat(servedBy.getListDataView().getItems().map(TeamMember::name).toList())
                .contains("Sam Stylist").doesNotContain("Gone Stylist");

        ComboBox<CustomerSuggestion> picker = find(ComboBox.class, dialog).withLabel("Customer").single();
        test(picker).setFilter("grace");
        test(picker).selectItem(test(picker).getSuggestions().getFirst());
        fillBooking(dialog, "Colour", "85.50");
        test(servedBy).selectItem("Sam Stylist");
        test(find(Button.class, dialog).withText("Create booking").single()).click();

        assertThat(lastNotification()).isEqualTo("Booking created");
        assertThat(jdbc.sql("SELECT staff_member_id FROM booking WHERE provider_id = ? AND service_name = 'Colour'")
                .param(provider.id()).query(Long.class).single()).isEqualTo(sam.memberId());
    }

    @Test
    void aTeamOfOneSeesNoChoiceOfStaff() {
        navigate(BookingsView.class);

        assertThat(find(Select.class).withLabel("Staff member").exists()).as("shown only when visible").isFalse();
        test(find(Button.class).withText("New booking").single()).click();
        assertThat(find(Select.class, find(NewBookingDialog.class).single()).withLabel("Served by").exists())
                .isFalse();
        assertThat(actions(find(BookingGrid.class).single(), 0)).doesNotContain("Change staff member");
    }

    @Test
    void theOwnerHandsABookingToAnotherMemberFromItsMenu() {
        TeamMate sam = team.add(provider, TeamRole.STAFF, "Sam Stylist");
        navigate(BookingsView.class);
        BookingGrid grid = find(BookingGrid.class).single();

        clickRowAction(grid, 0, "Change staff member");
        AssignStaffDialog dialog = find(AssignStaffDialog.class).single();
        test(find(Select.class, dialog).withLabel("Served by").single()).selectItem("Sam Stylist");
        test(find(Button.class, dialog).withText("Save").single()).click();

        assertThat(lastNotification()).isEqualTo("Staff member changed");
        assertThat(team.staffOf(ada.bookingId())).isEqualTo(sam.memberId());
        assertThat(test(grid).getRow(0).staffMember().name()).isEqualTo("Sam Stylist");
    }

    @Test
    void aStaffMemberSeesTheirOwnCustomersAndBooksForThemselves() {
        TeamMate sam = team.add(provider, TeamRole.STAFF, "Sam Stylist");
        data.as(provider, () -> bookings.assign(grace.bookingId(), sam.memberId()));
        team.login(sam);
        navigate(BookingsView.class);
        BookingGrid grid = find(BookingGrid.class).single();

        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).customerName()).isEqualTo("Grace Hopper");
        assertThat(find(Select.class).withLabel("Staff member").exists()).as("shown only when visible").isFalse();
        assertThat(actions(grid, 0)).doesNotContain("Change staff member");

        test(find(Button.class).withText("New booking").single()).click();
        NewBookingDialog dialog = find(NewBookingDialog.class).single();
        Select<TeamMember> servedBy = find(Select.class, dialog).withLabel("Served by").single();
        assertThat(servedBy.getValue().name()).isEqualTo("Sam Stylist");
        assertThat(servedBy.isReadOnly()).as("their bookings are their own").isTrue();
    }

    @Test
    void theTeamSpeaksGerman() {
        TeamMate sam = team.add(provider, TeamRole.STAFF, "Sam Stylist");
        team.remove(team.add(provider, TeamRole.STAFF, "Gone Stylist"));
        UI.getCurrent().getSession().setLocale(Locale.GERMANY);
        navigate(BookingsView.class);
        BookingGrid grid = find(BookingGrid.class).single();

        Select<TeamMember> filter = find(Select.class).withLabel("Mitarbeiter").single();
        assertThat(filter.getEmptySelectionCaption()).isEqualTo("Ganzes Team");
        assertThat(filter.getItemLabelGenerator().apply(new TeamMember(1, "Gone Stylist", "g@example.com",
                TeamRole.STAFF, false, null))).isEqualTo("Gone Stylist (nicht mehr im Team)");
        assertThat(grid.getColumnByKey("staff").getHeaderText()).isEqualTo("Mitarbeiter");
        assertThat(actions(grid, 0)).contains("Mitarbeiter ändern");
        test(find(Button.class).withText("Neue Buchung").single()).click();
        Select<TeamMember> servedBy = find(Select.class, find(NewBookingDialog.class).single())
                .withLabel("Betreut von").single();
        assertThat(servedBy.getEmptySelectionCaption()).isEqualTo("Niemand Bestimmtes");
        assertThat(sam.memberId()).isPositive();
    }

    @Test
    void namesWithHtmlAreShownAsText() {
        data.book(provider, "<img src=x onerror=alert(1)>", null, BookingStatus.CONFIRMED, "1.00", 0);
        navigate(BookingsView.class);
        BookingGrid grid = find(BookingGrid.class).single();

        Div cell = (Div) test(grid).getCellComponent(0, "customer");
        Span name = (Span) cell.getChildren().findFirst().orElseThrow();
        assertThat(name.getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(name.getElement().getChildCount()).isEqualTo(1);
        assertThat(name.getElement().getChild(0).isTextNode()).as("text, not markup").isTrue();
        assertThat(name.getElement().getProperty("innerHTML")).isNull();
    }

    private void fillBooking(NewBookingDialog dialog, String service, String price) {
        test(find(TextField.class, dialog).withLabel("Service").single()).setValue(service);
        test(find(BigDecimalField.class, dialog).withLabel("Price").single()).setValue(new BigDecimal(price));
    }

    private void clickRowAction(BookingGrid grid, int row, String action) {
        MenuBar menu = (MenuBar) test(grid).getCellComponent(row, "actions");
        List<String> items = actions(grid, row);
        assertThat(items).contains(action);
        new MenuBarTester<>(menu).clickItem(0, items.indexOf(action));
    }

    private List<String> actions(BookingGrid grid, int row) {
        MenuBar menu = (MenuBar) test(grid).getCellComponent(row, "actions");
        return menu.getItems().getFirst().getSubMenu().getItems().stream().map(MenuItem::getText).toList();
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }

    private long bookingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE provider_id = ?").param(provider.id())
                .query(Long.class).single();
    }
}
