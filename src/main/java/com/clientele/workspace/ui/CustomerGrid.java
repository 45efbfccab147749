package com.clientele.workspace.ui;

import com.clientele.base.Formats;
import com.clientele.base.ui.GridRoom;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerRow;
import com.clientele.customer.CustomerSort;
import com.clientele.provider.ProviderProfile;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.math.RoundingMode;
import java.util.ArrayList;
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

    /*
     * The cells are Lit templates rendered in the browser, not server-side components: a component
     * per cell kept about 40 KB per row of the grid in the session (the first page alone 2 MB). Text
     * is bound with ${...}, which the browser inserts as text, never as HTML. The star and the name
     * stop their click there, so it does not also open the row menu.
     */
    private static final String STAR = """
            <vaadin-button theme="tertiary icon small" class="${item.on ? 'star-on' : 'star-off'}"
                aria-label="${item.on ? 'Remove ' + item.name + ' from favourites' : 'Mark ' + item.name + ' as favourite'}"
                title="${item.on ? 'Favourite' : 'Mark as favourite'}"
                @click="${e => { e.stopPropagation(); toggle(); }}">
              <vaadin-icon icon="${item.on ? 'vaadin:star' : 'vaadin:star-o'}"></vaadin-icon>
            </vaadin-button>""";
    static final String NAME = """
            <vaadin-button theme="tertiary-inline small" class="customer-name" title="Open details of ${item.name}"
                @click="${e => { e.stopPropagation(); open(); }}">${item.name}</vaadin-button>""";
    private static final String BADGE = """
            <vaadin-badge class="status-${item.code}" theme="${item.theme}">${item.label}</vaadin-badge>""";
    private static final String MORE = """
            <vaadin-button theme="tertiary icon small" aria-label="Actions for ${item.name}" title="Actions">
              <vaadin-icon icon="vaadin:ellipsis-dots-v"></vaadin-icon>
            </vaadin-button>""";

    private final Map<CustomerSort, Column<CustomerRow>> sortable;
    /** The columns given up, in this order, as the grid narrows. */
    private final List<Column<CustomerRow>> dropOrder;
    private final Column<CustomerRow> actionsColumn;
    /** Columns that stay on a phone, narrower there: with the star they fit 360 px without scrolling. */
    private final Map<Column<CustomerRow>, Widths> phoneWidths;

    private record Widths(String usual, String phone) {
    }

    CustomerGrid(ProviderProfile profile, RowActions actions) {
        super(CustomerRow.class, false);
        addClassName("customer-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setMultiSort(false);
        setEmptyStateText("No customers match. Try another search or status.");

        Column<CustomerRow> favorite = addColumn(LitRenderer.<CustomerRow>of(STAR)
                        .withProperty("on", CustomerRow::favorite)
                        .withProperty("name", CustomerRow::name)
                        .withFunction("toggle", actions::toggleFavorite))
                .setHeader("").setKey("favorite").setWidth("52px").setFlexGrow(0);
        Column<CustomerRow> name = addColumn(LitRenderer.<CustomerRow>of(NAME)
                        .withProperty("name", CustomerRow::name)
                        .withFunction("open", actions::openDetails))
                .setHeader("Name").setKey("name").setFlexGrow(3).setWidth("170px");
        Column<CustomerRow> email = addColumn(CustomerRow::email).setHeader("E-mail").setKey("email")
                .setFlexGrow(3).setWidth("190px");
        Column<CustomerRow> phone = addColumn(CustomerRow::phone).setHeader("Phone").setKey("phone")
                .setFlexGrow(1).setWidth("145px");
        Column<CustomerRow> status = addColumn(LitRenderer.<CustomerRow>of(BADGE)
                        .withProperty("code", row -> row.status().code())
                        .withProperty("label", row -> row.status().label())
                        .withProperty("theme", row -> StatusBadge.theme(row.status())))
                .setHeader("Status").setKey("status").setWidth("115px").setFlexGrow(0);
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
        Column<CustomerRow> more = addColumn(LitRenderer.<CustomerRow>of(MORE).withProperty("name", CustomerRow::name))
                .setHeader("").setKey("actions").setWidth("60px").setFlexGrow(0);
        new RowMenu(this, actions);

        sortable = Map.of(CustomerSort.NAME, name, CustomerSort.TOTAL_BOOKINGS, bookings,
                CustomerSort.TOTAL_SPENT, spent, CustomerSort.AVERAGE_RATING, rating,
                CustomerSort.LAST_BOOKING, lastBooking);
        sortable.forEach((sort, column) -> column.setSortable(true).setSortProperty(sort.code()));
        dropOrder = List.of(phone, email, rating, lastBooking, bookings);
        actionsColumn = more;
        GridRoom.follow(this, this::fitWidth);
        phoneWidths = Map.of(favorite, new Widths(favorite.getWidth(), "44px"), name, new Widths(name.getWidth(), "100px"), status, new Widths(status.getWidth(), "90px"),
                spent, new Widths(spent.getWidth(), "100px"));
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

    /**
     * Shows as many columns as fit the grid without sideways scrolling, giving up the less important
     * ones first; when even the essential ones do not fit (phones), the star, name, status and
     * spent stay, narrower, and the row menu opens with a tap on the row instead of its button.
     */
    void fitWidth(int windowWidth) {
        int room = GridRoom.forWindow(windowWidth);
        phoneWidths.forEach((column, widths) -> column.setWidth(widths.usual()));
        List<Column<CustomerRow>> shown = new ArrayList<>(GridRoom.fitting(getColumns(), dropOrder, room));
        if (GridRoom.widthOf(shown) > room) {
            shown.remove(actionsColumn);
            phoneWidths.forEach((column, widths) -> column.setWidth(widths.phone()));
        }
        getColumns().forEach(column -> column.setVisible(shown.contains(column)));
    }

    /** The row actions, opened by a click on a row (the star and the name have actions of their own). */
    private static final class RowMenu extends GridContextMenu<CustomerRow> {

        RowMenu(CustomerGrid grid, RowActions actions) {
            super(grid);
            addClassName("row-menu");
            setOpenOnClick(true);
            setDynamicContentHandler(row -> {
                removeAll();
                if (row == null) {
                    return false;
                }
                addItem("Details", click -> actions.openDetails(row));
                addItem("Notes", click -> actions.editNotes(row));
                addItem("Send message", click -> actions.sendMessage(row));
                if (row.blocked()) {
                    addItem("Unblock", click -> actions.unblock(row));
                } else {
                    addItem("Block…", click -> actions.block(row));
                }
                return true;
            });
        }
    }
}
