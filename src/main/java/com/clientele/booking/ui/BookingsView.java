package com.clientele.booking.ui;

import com.clientele.base.ConflictException;
import com.clientele.base.Formats;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.base.ui.Toasts;
import com.clientele.base.ui.UrlState;
import com.clientele.base.ui.ViewHeader;
import com.clientele.booking.BookingFilter;
import com.clientele.booking.BookingQueries;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingRow;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerBlockedException;
import com.clientele.customer.CustomerSuggestions;
import com.clientele.provider.ProviderProfile;
import com.clientele.provider.TeamMember;
import com.clientele.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/**
 * The provider's bookings: filter, create, move through their statuses, record reviews, name who
 * serves them. A staff member sees and books their own customers only, for themselves.
 */
@Route("bookings")
@Menu(title = "booking.menu", order = 2, icon = "vaadin:calendar")
@RolesAllowed(Roles.PROVIDER)
public class BookingsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient BookingService bookings;
    private final transient BookingQueries queries;
    private final transient CustomerSuggestions suggestions;
    private final ProviderProfile provider;
    private final List<TeamMember> team;
    /** The signed-in staff member, limited to their own customers; null for everyone else. */
    private final Long self;
    private final BookingFilterBar filterBar;
    private final BookingGrid grid;
    private BookingFilter filter = BookingFilter.ALL;
    private final UrlState url = new UrlState("bookings");

    public BookingsView(BookingService bookings, BookingQueries queries, CustomerSuggestions suggestions) {
        this.bookings = bookings;
        this.queries = queries;
        this.suggestions = suggestions;
        this.provider = queries.provider();
        this.team = queries.team();
        this.self = queries.ownCustomersOnly().orElse(null);
        addClassNames("view", "bookings-view");
        Button create = new Button(getTranslation("booking.new"), VaadinIcon.PLUS.create(), click -> openNewBooking());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a team of one has nobody to choose: no column, filter or choice of who serves a booking
        boolean hasTeam = team.size() > 1;
        filterBar = new BookingFilterBar(self == null && hasTeam ? team : List.of(), changed -> {
            if (url.isRestoring()) {
                return;
            }
            filter = changed;
            url.push(BookingFilterBar.query(changed));
            refresh();
        });
        grid = new BookingGrid(provider.timeZone(), provider.currency(), hasTeam, self == null && hasTeam, actions());
        grid.setItems(query -> queries.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> queries.count(filter));
        add(new ViewHeader(getTranslation("booking.title")).withActions(create), filterBar, grid);
    }

    private BookingGrid.Actions actions() {
        return new BookingGrid.Actions() {
            @Override
            public void changeStatus(BookingRow row, BookingStatus next) {
                confirmStatusChange(row, next);
            }

            @Override
            public void review(BookingRow row) {
                openReview(row);
            }

            @Override
            public void assign(BookingRow row) {
                openAssign(row);
            }
        };
    }

    /** Shows the filter of the address: a bookmark, a shared link, or Back to an earlier filter. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        BookingFilter read = BookingFilterBar.read(event.getLocation().getQueryParameters());
        BookingFilter wanted = self == null ? read : read.withStaffMember(null);
        url.restored(BookingFilterBar.query(wanted), () -> filterBar.show(wanted));
        filter = wanted;
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.page-title");
    }

    BookingFilter filter() {
        return filter;
    }

    UrlState url() {
        return url;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void openNewBooking() {
        List<TeamMember> active = team.stream().filter(TeamMember::active).toList();
        new NewBookingDialog(provider.timeZone(), provider.currency(), active, self, suggestions::search, this::create)
                .open();
    }

    private boolean create(NewBookingDialog dialog, NewBooking booking) {
        try {
            BookingRef ref = bookings.create(booking);
            Toasts.success(getTranslation(ref.newCustomer() ? "booking.created.new-customer" : "booking.created"));
            refresh();
            return true;
        } catch (CustomerBlockedException e) {
            dialog.showCustomerProblem(ErrorMessages.describe(e));
        } catch (InvalidInputException e) {
            if (!dialog.showErrors(e)) {
                Toasts.error(ErrorMessages.describe(e));
            }
        } catch (ConflictException | NotFoundException e) {
            Toasts.error(ErrorMessages.describe(e));
        }
        return false;
    }

    private void confirmStatusChange(BookingRow row, BookingStatus next) {
        if (next != BookingStatus.CANCELLED && next != BookingStatus.NO_SHOW) {
            changeStatus(row, next);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("booking.confirm." + next.name()));
        confirm.setText(getTranslation("booking.confirm.text", row.serviceName(), row.customerName(), when(row)));
        confirm.setCancelable(true);
        // The safe choice has the focus, so Enter or a hasty click does not destroy anything.
        Button keep = new Button(getTranslation("booking.confirm.keep"), click -> confirm.close());
        keep.addClassName("keep-booking");
        confirm.setCancelButton(keep);
        confirm.setConfirmText(StatusBadge.actionLabel(this, next));
        confirm.setConfirmButtonTheme("error");
        confirm.addConfirmListener(event -> changeStatus(row, next));
        confirm.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                keep.focus();
            }
        });
        confirm.open();
    }

    private void changeStatus(BookingRow row, BookingStatus next) {
        try {
            bookings.changeStatus(row.id(), next);
            Toasts.success(StatusBadge.doneMessage(this, next));
        } catch (ConflictException | NotFoundException | InvalidInputException e) {
            Toasts.error(ErrorMessages.describe(e));
        }
        refresh();
    }

    private void openReview(BookingRow row) {
        new ReviewDialog(row, when(row), (rating, comment) -> {
            try {
                bookings.recordReview(row.id(), rating, comment);
                Toasts.success(getTranslation("booking.review.saved"));
                refresh();
                return true;
            } catch (ConflictException | NotFoundException | InvalidInputException e) {
                Toasts.error(ErrorMessages.describe(e));
                return false;
            }
        }).open();
    }

    private void openAssign(BookingRow row) {
        Long current = row.staffMember() == null ? null : row.staffMember().id();
        List<TeamMember> choices = team.stream()
                .filter(member -> member.active() || Objects.equals(member.id(), current)).toList();
        new AssignStaffDialog(row, when(row), choices, (dialog, memberId) -> {
            try {
                bookings.assign(row.id(), memberId);
                Toasts.success(getTranslation("booking.assign.saved"));
                refresh();
                return true;
            } catch (InvalidInputException e) {
                dialog.showError(ErrorMessages.describe(e));
            } catch (NotFoundException e) {
                Toasts.error(ErrorMessages.describe(e));
            }
            return false;
        }).open();
    }

    private String when(BookingRow row) {
        return Formats.dateTime(row.startsAt(), provider.timeZone(), getLocale());
    }
}
