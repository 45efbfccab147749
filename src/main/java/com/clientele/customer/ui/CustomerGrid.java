package com.clientele.customer.ui;

import com.clientele.base.Formats;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerRow;
import com.clientele.customer.CustomerSort;
import com.clientele.provider.ProviderProfile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The customer list. Knows nothing of services: the view gives it rows a page at a time and
 * handles the actions it reports.
 */
class CustomerGrid extends Grid<CustomerRow> {

    /** What the row actions ask for. */
    interface RowActions {
        void toggleFavorite(CustomerRow row);

        void openDetails(CustomerRow row);

        void editNotes(CustomerRow row);

        void sendMessage(CustomerRow row);

        void block(CustomerRow row);

        void unblock(CustomerRow row);
    }

    private final Map<CustomerSort, Column<CustomerRow>> sortable;
    private final Map<Column<CustomerRow>, Integer> hideBelow;

    CustomerGrid(ProviderProfile profile, RowActions actions) {
        super(CustomerRow.class, false);
        addClassName("customer-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setMultiSort(false);
        setEmptyStateText("No customers match. Try another search or status.");

        Column<CustomerRow> favorite = addComponentColumn(row -> star(row, actions)).setHeader("")
                .setWidth("52px").setFlexGrow(0);
        favorite.setKey("favorite");
        Column<CustomerRow> name = addComponentColumn(row -> nameCell(row, actions)).setHeader("Name")
                .setKey("name").setFlexGrow(3).setWidth("170px");
        Column<CustomerRow> email = addColumn(CustomerRow::email).setHeader("E-mail").setKey("email")
                .setFlexGrow(3).setWidth("190px");
        Column<CustomerRow> phone = addColumn(CustomerRow::phone).setHeader("Phone").setKey("phone")
                .setFlexGrow(1).setWidth("145px");
        Column<CustomerRow> status = addComponentColumn(row -> StatusBadge.of(row.status())).setHeader("Status")
                .setKey("status").setWidth("115px").setFlexGrow(0);
        Column<CustomerRow> bookings = addColumn(CustomerRow::totalBookings).setHeader("Bookings")
                .setKey("bookings").setTextAlign(ColumnTextAlign.END).setWidth("105px").setFlexGrow(0);
        Column<CustomerRow> spent = addColumn(row -> Formats.money(row.totalSpent(), profile.currency()))
                .setHeader("Spent").setKey("spent").setTextAlign(ColumnTextAlign.END).setWidth("120px").setFlexGrow(0);
        Column<CustomerRow> rating = addColumn(row -> row.averageRating() == null ? "–"
                        : row.averageRating().setScale(1, RoundingMode.HALF_UP).toPlainString() + " ★")
                .setHeader("Rating").setKey("rating").setTextAlign(ColumnTextAlign.END).setWidth("95px")
                .setFlexGrow(0);
        Column<CustomerRow> lastBooking = addColumn(row -> Formats.date(row.lastBookingAt(), profile.timeZone()))
                .setHeader("Last booking").setKey("lastBooking").setWidth("135px").setFlexGrow(0);
        addComponentColumn(row -> menu(row, actions)).setHeader("").setKey("actions").setWidth("60px")
                .setFlexGrow(0);

        sortable = Map.of(CustomerSort.NAME, name, CustomerSort.TOTAL_BOOKINGS, bookings,
                CustomerSort.TOTAL_SPENT, spent, CustomerSort.AVERAGE_RATING, rating,
                CustomerSort.LAST_BOOKING, lastBooking);
        sortable.forEach((sort, column) -> column.setSortable(true).setSortProperty(sort.code()));
        hideBelow = Map.of(phone, 1440, email, 1180, rating, 1000, lastBooking, 760, bookings, 600);
    }

    /** The order the user chose with the column headers, or the default one. */
    static CustomerOrder orderOf(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream().findFirst()
                .flatMap(order -> CustomerSort.fromCode(order.getSorted())
                        .map(sort -> new CustomerOrder(sort, order.getDirection() == SortDirection.DESCENDING)))
                .orElse(CustomerOrder.DEFAULT);
    }

    /** Shows the sort indicator for an order, e.g. one restored from the URL. */
    void showOrder(CustomerOrder order) {
        Column<CustomerRow> column = sortable.get(order.sort());
        sort(List.of(new GridSortOrder<>(column,
                order.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
    }

    /** The order shown by the column headers; the default when none is chosen. */
    CustomerOrder currentOrder() {
        return getSortOrder().stream().findFirst()
                .flatMap(order -> sortable.entrySet().stream()
                        .filter(entry -> entry.getValue() == order.getSorted())
                        .map(entry -> new CustomerOrder(entry.getKey(), order.getDirection() == SortDirection.DESCENDING))
                        .findFirst())
                .orElse(CustomerOrder.DEFAULT);
    }

    /** Hides the less important columns as the window narrows; phones keep name, status and spent. */
    void fitWidth(int windowWidth) {
        for (var entry : hideBelow.entrySet()) {
            entry.getKey().setVisible(windowWidth >= entry.getValue());
        }
    }

    private static Component nameCell(CustomerRow row, RowActions actions) {
        Button name = new Button(row.name(), click -> actions.openDetails(row));
        name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        name.addClassName("customer-name");
        name.setTooltipText("Open details of " + row.name());
        return name;
    }

    private static Component star(CustomerRow row, RowActions actions) {
        Icon icon = row.favorite() ? VaadinIcon.STAR.create() : VaadinIcon.STAR_O.create();
        Button star = new Button(icon, click -> actions.toggleFavorite(row));
        star.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        star.addClassName(row.favorite() ? "star-on" : "star-off");
        star.setAriaLabel(row.favorite() ? "Remove " + row.name() + " from favourites" : "Mark " + row.name()
                + " as favourite");
        star.setTooltipText(row.favorite() ? "Favourite" : "Mark as favourite");
        return star;
    }

    private static Component menu(CustomerRow row, RowActions actions) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON, MenuBarVariant.LUMO_SMALL);
        var more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel("Actions for " + row.name());
        var sub = more.getSubMenu();
        sub.addItem("Details", click -> actions.openDetails(row));
        sub.addItem("Notes", click -> actions.editNotes(row));
        sub.addItem("Send message", click -> actions.sendMessage(row));
        if (row.blocked()) {
            sub.addItem("Unblock", click -> actions.unblock(row));
        } else {
            sub.addItem("Block…", click -> actions.block(row));
        }
        return new Div(menu);
    }
}
