package com.clientele.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.ui.GridFit;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerBlockedException;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerRow;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerStatus;
import com.clientele.customer.Workspace;
import com.clientele.customer.Workspace.Fixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The customers workspace, use case by use case, as a provider sees it. */
@IntegrationTest
class CustomersViewTest extends SpringBrowserlessTest {

    @Autowired
    Workspace workspace;
    @Autowired
    TestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    CustomerService customers;

    Fixture fixture;

    @BeforeEach
    void logIn() {
        fixture = workspace.create();
        data.login(fixture.provider().email());
    }

    /**
     * Signs out only after the browserless teardown. A change made in a test reaches the view about
     * 300 ms later as a refresh queued on the UI, and the teardown runs what is still queued: signed
     * out, the refresh's service calls would be refused.
     */
    @Override
    @AfterEach
    protected void cleanVaadinEnvironment() {
        try {
            super.cleanVaadinEnvironment();
        } finally {
            data.logout();
        }
    }

    @Test
    void workspaceShowsStatsActivityAndAllCustomersNewestBookingFirst() {
        navigate(CustomersView.class);

        assertThat(names()).containsExactly("Bob Returning", "Dan Favourite", "Cara New", "Eve Blocked",
                "Anna Regular", Workspace.WILDCARD_NAME, Workspace.XSS_NAME);
        assertThat(texts(find(Span.class).withClassName("stat-value").all()))
                .containsExactly("7", "1", "0", "–", "28.6 %");
        List<String> activity = find(ActivityList.class).first().summaries();
        assertThat(activity).hasSizeBetween(1, CustomersView.RECENT_ACTIVITY);
        assertThat(activity.getFirst()).as("newest first").isEqualTo("Cut on 7 May 2026, 10:00");
    }

    @Test
    void recentActivityReadsEachEntryOnceWithItsTimeAndShowsTheRestOnRequest() {
        customers.block(fixture.relation("Bob"), "Shouted at staff");
        customers.unblock(fixture.relation("Bob"));
        customers.setFavorite(fixture.relation("Cara"), true);
        navigate(CustomersView.class);
        ActivityList recent = find(ActivityList.class).first();

        assertThat(recent.readings()).as("the newest entries, whole, each saying each thing once").containsExactly(
                "Cara New · Marked as favourite · just now",
                "Bob Returning · Unblocked · just now",
                "Bob Returning · Blocked · Shouted at staff · just now");
        Button more = find(Button.class).withClassName("activity-more").single();
        assertThat(more.getText()).matches("Show all [0-9]+");
        int all = Integer.parseInt(more.getText().substring("Show all ".length()));
        assertThat(all).isBetween(CustomersView.RECENT_SHOWN + 1, CustomersView.RECENT_ACTIVITY);

        test(more).click();

        assertThat(recent.readings()).hasSize(all);
        assertThat(recent.readings()).allSatisfy(reading -> assertThat(reading.split(" · "))
                .as("no part of %s says the same as another", reading).doesNotHaveDuplicates());
        assertThat(recent.readings()).filteredOn(reading -> reading.contains("Booking created")).allSatisfy(
                reading -> assertThat(reading).as("the name is said once").containsOnlyOnce(reading.split(" · ")[0]));
        assertThat(more.getText()).isEqualTo("Show fewer");
    }

    @Test
    void searchByPhoneFragment() {
        navigate(CustomersView.class);

        test(filterBar().search).setValue("7946 0001");

        assertThat(names()).containsExactly("Anna Regular");
        assertThat(urlQuery()).isEqualTo("search=7946%200001");
    }

    @Test
    void tooLongSearchIsRefusedWithAMessage() {
        navigate(CustomersView.class);

        test(filterBar().search).setValue("a".repeat(101));

        assertThat(filterBar().search.isInvalid()).isTrue();
        assertThat(filterBar().search.getErrorMessage()).contains("100");
        assertThat(names()).hasSize(7);
    }

    @Test
    void filterRegulars() {
        navigate(CustomersView.class);

        test(filterBar().status).selectItem("Regular");

        assertThat(names()).containsExactly("Anna Regular");
    }

    @Test
    void filterCustomersOfLowReliabilityAndSeeTheReason() {
        long bob = fixture.customer("Bob");
        for (int days = 3; days <= 4; days++) {
            Instant start = Instant.now().minus(java.time.Duration.ofDays(days)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            data.as(fixture.provider(), () -> {
                long id = bookings.create(NewBooking.forCustomer(bob, "Cut", start, 30, BigDecimal.TEN,
                        BookingStatus.CONFIRMED)).bookingId();
                bookings.changeStatus(id, BookingStatus.NO_SHOW);
            });
        }
        navigate(CustomersView.class);

        test(filterBar().lowReliability).click();

        assertThat(names()).containsExactly("Bob Returning");
        assertThat(urlQuery()).isEqualTo("reliability_below=70");
        CustomerRow row = test(grid()).getRow(0);
        assertThat(row.reliability().percent()).isEqualTo(33);
        assertThat(grid().getColumnByKey("reliability").getTooltipGenerator().apply(row))
                .isEqualTo("33 % — 2 no-shows, no late cancellations in 12 months");
    }

    @Test
    void filterAndSortAreRestoredFromTheUrl() {
        navigateWithQuery("status=new&ordering=name");

        assertThat(filterBar().status.getValue()).isEqualTo(CustomerStatus.NEW);
        assertThat(names()).containsExactly(Workspace.XSS_NAME, "Cara New", Workspace.WILDCARD_NAME);
        assertThat(test(grid()).getSortDirection("name")).isEqualTo(SortDirection.ASCENDING);
    }

    @Test
    void sortBySpent() {
        navigate(CustomersView.class);

        test(grid()).sortByColumn("spent", SortDirection.DESCENDING);

        assertThat(names().subList(0, 3)).containsExactly("Dan Favourite", "Anna Regular", "Bob Returning");
        assertThat(urlQuery()).isEqualTo("ordering=-total_spent");
    }

    @Test
    void favouriteThenFilterFavourites() {
        navigate(CustomersView.class);
        int cara = rowOf("Cara New");

        test(grid()).invokeLitRendererFunction(cara, "favorite", "toggle");
        test(filterBar().status).selectItem("Favourite");

        assertThat(names()).containsExactly("Dan Favourite", "Cara New");
        assertThat(lastToast()).isEqualTo("Cara New is a favourite");
    }

    @Test
    void blockWithReasonThenTheCustomerCannotBeBooked() {
        navigate(CustomersView.class);
        CustomerRow bob = test(grid()).getRow(rowOf("Bob Returning"));

        actions().block(bob);
        BlockDialog dialog = find(BlockDialog.class).single();
        test(dialog.block).click();
        assertThat(dialog.reason.isInvalid()).as("a reason is required").isTrue();
        test(dialog.reason).setValue("Rude to the staff");
        test(dialog.block).click();

        assertThat(test(grid()).getRow(rowOf("Bob Returning")).status()).isEqualTo(CustomerStatus.BLOCKED);
        assertThat(lastToast()).isEqualTo("Bob Returning is blocked");
        assertThatThrownBy(() -> bookings.create(NewBooking.forCustomer(bob.customerId(),
                        "Cut", Instant.parse("2026-12-01T10:00:00Z"), 30, BigDecimal.TEN, BookingStatus.CONFIRMED)))
                .isInstanceOf(CustomerBlockedException.class)
                .hasMessageContaining("Rude to the staff");
    }

    @Test
    void notesSavedInAnotherTabAreNeverOverwritten() {
        navigate(CustomersView.class);
        CustomerRow anna = test(grid()).getRow(rowOf("Anna Regular"));
        actions().editNotes(anna);
        NotesDialog firstTab = find(NotesDialog.class).single();
        actions().editNotes(anna);
        NotesDialog secondTab = find(NotesDialog.class).all().stream().filter(d -> d != firstTab).findFirst()
                .orElseThrow();

        test(secondTab.notes).setValue("Prefers mornings");
        test(secondTab.save).click();
        test(firstTab.notes).setValue("Allergic to lavender");
        test(firstTab.save).click();

        assertThat(firstTab.conflict.isVisible()).isTrue();
        assertThat(customers.details(anna.relationId()).notes()).isEqualTo("Prefers mornings");
    }

    @Test
    void notesOverTenThousandCharactersAreRefusedWithTheCounterInRed() {
        navigate(CustomersView.class);
        actions().editNotes(test(grid()).getRow(rowOf("Cara New")));
        NotesDialog dialog = find(NotesDialog.class).single();

        test(dialog.notes).setValue("n".repeat(10_001));

        assertThat(dialog.counter.getText()).isEqualTo("10,001 / 10,000");
        assertThat(dialog.counter.getClassNames()).contains("over-limit");
        assertThat(dialog.save.isEnabled()).isFalse();
        assertThat(customers.details(fixture.relation("Cara")).notes()).isNull();
    }

    @Test
    void namesWithHtmlAreShownAsText() {
        navigate(CustomersView.class);

        assertThat(test(grid()).getLitRendererPropertyValue(rowOf(Workspace.XSS_NAME), "name", "name", String.class))
                .isEqualTo(Workspace.XSS_NAME);
        // the browser renders the name as the button's text: a ${} child binding, never as markup
        assertThat(CustomerGrid.NAME).contains(">${item.name}</vaadin-button>")
                .doesNotContain("unsafeHTML").doesNotContain("innerHTML");
    }

    @Test
    void columnsFitTheWindowWithoutSidewaysScrolling() {
        navigate(CustomersView.class);
        CustomerGrid grid = grid();

        GridFit.assertFitsEveryWindow(grid, grid::fitWidth);

        grid.fitWidth(1920);
        assertThat(grid.getColumns()).allMatch(Grid.Column::isVisible);
        grid.fitWidth(1440);
        assertThat(GridFit.visibleKeys(grid)).doesNotContain("rating")
                .contains("contact", "bookings", "lastVisit", "nextBooking", "actions");
        grid.fitWidth(1280);
        assertThat(GridFit.visibleKeys(grid)).containsExactly("favorite", "name", "contact", "status", "spent",
                "lastVisit", "nextBooking", "actions");
        assertThat(grid.getClassNames()).doesNotContain("contact-in-name");
        grid.fitWidth(390);
        assertThat(GridFit.visibleKeys(grid)).containsExactly("favorite", "name", "status", "spent");
        assertThat(grid.getClassNames()).as("the contact moves under the name").contains("contact-in-name");
        grid.fitWidth(1440);
        assertThat(grid.getColumnByKey("name").getWidth()).as("back to the usual width").isEqualTo("160px");
        test(grid).sortByColumn("reliability", SortDirection.ASCENDING);
        assertThat(GridFit.visibleKeys(grid)).as("the column sorted by stays").contains("reliability");
        grid.fitWidth(390);
        assertThat(GridFit.visibleKeys(grid)).as("unless even a phone's columns do not fit")
                .containsExactly("favorite", "name", "status", "spent");
    }

    @Test
    void contactShowsEmailAndPhoneAndThePhoneWithoutEmail() {
        bookings.create(NewBooking.forNewCustomer(new CustomerContact("Phone Only", null, "020 7946 0958"),
                "Cut", Instant.parse("2026-06-01T10:00:00Z"), 30, BigDecimal.TEN, BookingStatus.COMPLETED));
        navigate(CustomersView.class);
        var grid = test(grid());

        assertThat(grid.getLitRendererPropertyValue(rowOf("Anna Regular"), "contact", "email", String.class))
                .startsWith("anna.");
        assertThat(grid.getLitRendererPropertyValue(rowOf("Anna Regular"), "contact", "phone", String.class))
                .as("international format").isEqualTo("+44 20 7946 0001");
        assertThat(grid.getLitRendererPropertyValue(rowOf("Phone Only"), "contact", "phone", String.class))
                .isEqualTo("+44 20 7946 0958");
        assertThat(grid.getLitRendererPropertyValue(rowOf("Phone Only"), "name", "contact", String.class))
                .as("under the name on phones: the phone when there is no e-mail").isEqualTo("+44 20 7946 0958");
        assertThat(grid.getLitRendererPropertyValue(rowOf("Eve Blocked"), "status", "tip", String.class))
                .as("the block reason from the list").isEqualTo("Blocked: Never turns up");
        assertThat(grid.getLitRendererPropertyValue(rowOf("Anna Regular"), "status", "tip", String.class)).isEmpty();
        assertThat(CustomerGrid.BADGE).contains("title=\"${item.tip}\"");
        assertThat(CustomerGrid.CONTACT).as("the whole address in the tooltip of a shortened one")
                .contains("title=\"${item.email}\">${item.email}</span>", ">${item.phone}</span>");
    }

    @Test
    void resultCountFollowsTheFilter() {
        navigate(CustomersView.class);
        assertThat(resultCount()).isEqualTo("7 customers");

        test(filterBar().status).selectItem("Regular");
        test(grid()).size();

        assertThat(resultCount()).isEqualTo("1 customer");
    }

    @Test
    void hiddenColumnsStayHiddenForTheSession() {
        navigate(CustomersView.class);
        ColumnChooser chooser = find(ColumnChooser.class).single();

        chooser.setShown("nextBooking", false);
        grid().fitWidth(1920);
        assertThat(GridFit.visibleKeys(grid())).doesNotContain("nextBooking").contains("rating", "lastVisit");

        navigate(com.clientele.booking.ui.BookingsView.class);
        navigate(CustomersView.class);
        grid().fitWidth(1920);
        assertThat(GridFit.visibleKeys(grid())).as("remembered on the next visit").doesNotContain("nextBooking");

        find(ColumnChooser.class).single().setShown("nextBooking", true);
        grid().fitWidth(1920);
        assertThat(grid().getColumns()).allMatch(Grid.Column::isVisible);
    }

    @Test
    void eachChangeIsAHistoryEntryThatBackUndoes() {
        navigate(CustomersView.class);

        test(filterBar().search).setValue("Anna");
        assertLocation("customers?search=Anna");
        test(filterBar().status).selectItem("Regular");
        assertLocation("customers?search=Anna&status=regular");
        test(grid()).sortByColumn("spent", SortDirection.DESCENDING);
        assertLocation("customers?search=Anna&status=regular&ordering=-total_spent");

        back("customers?search=Anna&status=regular");
        assertThat(test(grid()).getSortDirection("lastVisit")).isEqualTo(SortDirection.DESCENDING);
        back("customers?search=Anna");
        assertThat(filterBar().status.getValue()).isNull();
        assertThat(filterBar().search.getValue()).isEqualTo("Anna");
        assertThat(names()).containsExactly("Anna Regular");
        back("customers");
        assertThat(filterBar().search.getValue()).isEmpty();
        assertThat(names()).hasSize(7);
    }

    @Test
    void detailsShowEveryFigureAndTheHistory() {
        navigate(CustomersView.class);

        actions().openDetails(test(grid()).getRow(rowOf("Anna Regular")));

        CustomerDetailsDialog dialog = find(CustomerDetailsDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Anna Regular");
        List<String> values = texts(find(Span.class, dialog).withClassName("pair-value").all());
        assertThat(values).contains("+44 20 7946 0001", "Regular", "5", "£100.00", "No reviews",
                "4 May 2026, 10:00", "8 May 2026, 10:00");
        find(SectionSwitcher.class, dialog).single().setSelectedIndex(1);
        var history = test(find(Grid.class, dialog).single());
        assertThat(history.size()).isEqualTo(5);
        assertThat(history.getCellText(0, 0)).as("newest first").isEqualTo("8 May 2026, 10:00");
    }

    @Test
    void aGermanMemberReadsTheWorkspaceInGermanWithGermanNumbersDatesAndMoney() {
        TestProvider berlin = berlinProviderWithACustomerWhoSpent("1234.00");
        data.login(berlin.email());
        UI.getCurrent().getSession().setLocale(Locale.GERMANY);

        navigate(CustomersView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Kunden");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Kunden · Clientele");
        assertThat(grid().getColumnByKey("spent").getHeaderText()).isEqualTo("Umsatz");
        assertThat(grid().getColumnByKey("lastVisit").getHeaderText()).isEqualTo("Letzter Besuch");
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("spent"))).isEqualTo("1.234,00\u00a0€");
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("lastVisit")))
                .as("dd.MM.yyyy").matches("\\d{2}\\.\\d{2}\\.\\d{4}");
        assertThat(test(grid()).getLitRendererPropertyValue(0, "status", "label", String.class)).isEqualTo("Neu");
        assertThat(resultCount()).isEqualTo("1 Kunde");
        assertThat(filterBar().search.getPlaceholder()).isEqualTo("Name, E-Mail oder Telefon suchen");
        assertThat(texts(find(Span.class).withClassName("stat-label").all())).startsWith("Kunden", "Stammkunden");
        assertThat(texts(find(Span.class).withClassName("stat-value").all()).getLast())
                .as("retention with a decimal comma").isEqualTo("0,0 %");
        List<String> months = find(Div.class).withClassName("trend-column").all().stream()
                .map(column -> column.getElement().getAttribute("aria-label")).toList();
        assertThat(months).hasSize(12).anyMatch(month -> month.startsWith("März "))
                .allMatch(month -> month.matches("\\p{L}+ \\d{4}: (keine neuen Kunden|1 neuer Kunde|\\d+ neue Kunden)"));

        test(grid()).invokeLitRendererFunction(0, "favorite", "toggle");

        assertThat(lastToast()).isEqualTo("Greta Berlin ist jetzt ein Favorit");
    }

    @Test
    void aGermanMemberReadsTheDetailsInGerman() {
        TestProvider berlin = berlinProviderWithACustomerWhoSpent("1234.00");
        data.login(berlin.email());
        UI.getCurrent().getSession().setLocale(Locale.GERMANY);
        navigate(CustomersView.class);

        actions().openDetails(test(grid()).getRow(0));

        CustomerDetailsDialog dialog = find(CustomerDetailsDialog.class).single();
        assertThat(texts(find(Span.class, dialog).withClassName("section-title").all()))
                .containsExactly("Kontakt", "Kennzahlen", "Private Notizen");
        assertThat(texts(find(Span.class, dialog).withClassName("pair-label").all()))
                .contains("Status", "Gesamtumsatz", "Nichterscheinen", "Letzter Besuch");
        List<String> values = texts(find(Span.class, dialog).withClassName("pair-value").all());
        assertThat(values).contains("Neu", "1.234,00\u00a0€", "Keine Bewertungen")
                .anyMatch(value -> value.matches("\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}"));
        assertThat(find(Button.class, dialog).withText("Übersicht").exists()).isTrue();
        assertThat(find(Button.class, dialog).withText("Schließen").exists()).isTrue();
        find(SectionSwitcher.class, dialog).single().setSelectedIndex(1);
        Grid<?> history = find(Grid.class, dialog).single();
        assertThat(history.getColumns().getFirst().getHeaderText()).isEqualTo("Termin");
        assertThat(test(history).getCellText(0, 2)).isEqualTo("Abgeschlossen");
        assertThat(test(history).getCellText(0, 3)).isEqualTo("1.234,00\u00a0€");
    }

    /** A Berlin business (euros, German time) whose one customer has one completed booking at this price. */
    private TestProvider berlinProviderWithACustomerWhoSpent(String price) {
        TestProvider berlin = data.newProvider("Europe/Berlin", "EUR", "DE");
        data.book(berlin, "Greta Berlin", "greta." + berlin.id() + "@example.com", BookingStatus.COMPLETED, price, 3);
        return berlin;
    }

    @Test
    void exportMatchesTheGridsFilter() throws Exception {
        navigateWithQuery("status=new&ordering=name");
        var out = new ByteArrayOutputStream();

        test(find(Anchor.class).withClassName("export-link").single()).download(out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1 + names().size());
        for (int i = 0; i < names().size(); i++) {
            assertThat(lines.get(i + 1)).startsWith("\"" + test(grid()).getRow(i).customerId() + "\",");
        }
    }

    @Test
    void liveUpdateAfterABookingMadeThroughTheService() throws Exception {
        navigate(CustomersView.class);
        assertThat(names()).doesNotContain("Zoe Live");

        bookings.create(NewBooking.forNewCustomer(new CustomerContact("Zoe Live", null, null),
                "Cut", Instant.now().plusSeconds(86_400), 30, BigDecimal.TEN, BookingStatus.CONFIRMED));

        long deadline = System.currentTimeMillis() + 2_000;
        while (!customerCount().equals("8") && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            roundTrip();
        }
        assertThat(customerCount()).as("stats refreshed within 2 seconds").isEqualTo("8");
        assertThat(names()).contains("Zoe Live");
        assertThat(find(ActivityList.class).first().readings().getFirst()).startsWith("Zoe Live · Booking created · Cut on ");
    }

    private String customerCount() {
        return find(Span.class).withClassName("stat-value").all().getFirst().getText();
    }

    private void navigateWithQuery(String query) {
        UI.getCurrent().navigate("customers", QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(CustomersView.class);
    }

    /** What the browser does on Back: a navigation to the earlier entry's address. */
    private void back(String pathWithQuery) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(pathWithQuery), NavigationTrigger.HISTORY);
        assertLocation(pathWithQuery);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo(pathWithQuery);
    }

    /** The address the view shows, pushed as a new history entry (parameters in any order). */
    private void assertLocation(String expected) {
        Location actual = ((CustomersView) getCurrentView()).url().current();
        Location wanted = new Location(expected);
        assertThat(actual.getPath()).isEqualTo(wanted.getPath());
        assertThat(actual.getQueryParameters().getParameters()).isEqualTo(wanted.getQueryParameters().getParameters());
    }

    private String resultCount() {
        return find(Span.class).withClassName("result-count").single().getText();
    }

    private String urlQuery() {
        return ((CustomersView) getCurrentView()).url().query().getQueryString();
    }

    private CustomerFilterBar filterBar() {
        return find(CustomerFilterBar.class).single();
    }

    private CustomerGrid grid() {
        return find(CustomerGrid.class).single();
    }

    private CustomerActions actions() {
        return ((CustomersView) getCurrentView()).actions();
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < test(grid()).size(); i++) {
            names.add(test(grid()).getRow(i).name());
        }
        return names;
    }

    private int rowOf(String name) {
        return names().indexOf(name);
    }

    private static List<String> texts(List<Span> spans) {
        return spans.stream().map(Span::getText).toList();
    }

    private String lastToast() {
        List<Notification> toasts = find(Notification.class).all();
        return test(toasts.getLast()).getText();
    }
}
