package com.clientele.booking.ui;

import com.clientele.base.Formats;
import com.clientele.base.ui.GridRoom;
import com.clientele.base.ui.HiddenText;
import com.clientele.booking.BookingRow;
import com.clientele.booking.BookingStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The bookings list: newest first, sortable, with who serves each booking, and each row's status
 * changes, review and (for those who may) another staff member in a menu.
 */
class BookingGrid extends Grid<BookingRow> {

    interface Actions {
        void changeStatus(BookingRow row, BookingStatus next);

        void review(BookingRow row);

        void assign(BookingRow row);
    }

    private final transient Actions actions;
    private final Column<BookingRow> compact;
    private final List<Column<BookingRow>> wide = new ArrayList<>();
    private final List<Column<BookingRow>> always = new ArrayList<>();
    private final Column<BookingRow> review;
    private final Column<BookingRow> staff;
    private final boolean mayAssign;
    private final ZoneId zone;
    private final Currency currency;
    private final Locale locale;

    /**
     * @param withStaff whether to show who serves each booking (not for a team of one)
     * @param mayAssign whether the rows offer to name another staff member
     */
    BookingGrid(ZoneId zone, Currency currency, boolean withStaff, boolean mayAssign, Actions actions) {
        super(BookingRow.class, false);
        this.actions = actions;
        this.mayAssign = mayAssign;
        this.zone = zone;
        this.currency = currency;
        this.locale = getLocale();
        addClassName("bookings-grid");
        addThemeVariants(GridVariant.LUMO_NO_BORDER);
        Column<BookingRow> start = addColumn(row -> Formats.dateTime(row.startsAt(), zone, locale)).setKey("start")
                .setHeader(getTranslation("booking.column.start")).setSortProperty("startsAt").setWidth("11.5rem")
                .setFlexGrow(0);
        compact = addComponentColumn(this::compact).setKey("booking")
                .setHeader(getTranslation("booking.column.booking")).setSortProperty("startsAt").setFlexGrow(1);
        compact.setVisible(false);
        wide.add(start);
        wide.add(addComponentColumn(BookingGrid::customer).setKey("customer")
                .setHeader(getTranslation("booking.column.customer")).setSortProperty("customerName")
                .setWidth("12rem").setFlexGrow(2));
        wide.add(addColumn(BookingRow::serviceName).setKey("service")
                .setHeader(getTranslation("booking.column.service")).setSortProperty("serviceName").setWidth("9rem")
                .setFlexGrow(1));
        staff = addColumn(BookingGrid::staffName).setKey("staff").setHeader(getTranslation("booking.column.staff"))
                .setSortProperty("staffName").setWidth("9rem").setFlexGrow(1);
        staff.setVisible(withStaff);
        if (withStaff) {
            wide.add(staff);
        }
        wide.add(addColumn(row -> Formats.money(row.price(), currency, locale)).setKey("price")
                .setHeader(getTranslation("booking.column.price")).setSortProperty("price")
                .setTextAlign(ColumnTextAlign.END).setWidth("6.5rem").setFlexGrow(0));
        always.add(addComponentColumn(row -> StatusBadge.of(row.status())).setKey("status")
                .setHeader(getTranslation("booking.column.status")).setSortProperty("status").setWidth("7.5rem")
                .setFlexGrow(0));
        review = addColumn(row -> row.rating() == null ? "" : "★".repeat(row.rating())).setKey("review")
                .setHeader(getTranslation("booking.column.review")).setWidth("6rem").setFlexGrow(0);
        wide.add(review);
        always.add(addComponentColumn(this::menu).setKey("actions")
                .setHeader(HiddenText.of(getTranslation("booking.column.actions"))).setWidth("4rem").setFlexGrow(0)
                .setFrozenToEnd(true));
        setEmptyStateText(getTranslation("booking.empty"));
        sort(List.of(new GridSortOrder<>(start, SortDirection.DESCENDING)));
        GridRoom.follow(this, this::fitWidth);
    }

    /**
     * Shows every column when they all fit the grid's room, all but the review next, then all but the
     * review and the staff member, and otherwise one column that tells the whole booking, beside its
     * status and actions: never a sideways scroll.
     */
    void fitWidth(int windowWidth) {
        int room = GridRoom.forWindow(windowWidth) - GridRoom.widthOf(always);
        List<Column<BookingRow>> shown = GridRoom.fitting(wide, List.of(review, staff), room);
        boolean narrow = GridRoom.widthOf(shown) > room;
        compact.setVisible(narrow);
        wide.forEach(column -> column.setVisible(!narrow && shown.contains(column)));
    }

    private Component compact(BookingRow row) {
        Span when = new Span(Formats.dateTime(row.startsAt(), zone, locale));
        when.addClassName("cell-primary");
        Span who = new Span(row.customerName());
        Span what = new Span(row.serviceName() + " · " + Formats.money(row.price(), currency, locale)
                + (row.staffMember() == null ? "" : " · " + row.staffMember().name())
                + (row.rating() == null ? "" : " · " + "★".repeat(row.rating())));
        what.addClassName("cell-secondary");
        Div cell = new Div(when, who, what);
        cell.addClassName("cell-stack");
        return cell;
    }

    private static String staffName(BookingRow row) {
        return row.staffMember() == null ? "" : row.staffMember().name();
    }

    private static Component customer(BookingRow row) {
        Span name = new Span(row.customerName());
        name.addClassName("cell-primary");
        Div cell = new Div(name);
        if (row.customerEmail() != null) {
            Span email = new Span(row.customerEmail());
            email.addClassName("cell-secondary");
            cell.add(email);
        }
        cell.addClassName("cell-stack");
        return cell;
    }

    private Component menu(BookingRow row) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem more = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel(getTranslation("booking.row.actions", row.customerName()));
        SubMenu items = more.getSubMenu();
        for (BookingStatus next : List.of(BookingStatus.CONFIRMED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW,
                BookingStatus.CANCELLED)) {
            if (row.nextStatuses().contains(next)) {
                items.addItem(StatusBadge.actionLabel(this, next), click -> actions.changeStatus(row, next));
            }
        }
        if (row.canBeReviewed()) {
            items.addItem(getTranslation("booking.row.review"), click -> actions.review(row));
        }
        if (mayAssign) {
            items.addItem(getTranslation("booking.row.assign"), click -> actions.assign(row));
        }
        if (items.getItems().isEmpty()) {
            more.setEnabled(false);
            bar.setTooltipText(more, getTranslation("booking.row.nothing-to-do"));
        }
        return bar;
    }
}
