package com.clientele.workspace.ui;

import com.clientele.base.Formats;
import com.clientele.base.Phones;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.base.ui.GridRoom;
import com.clientele.base.ui.HiddenText;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerPermissions;
import com.clientele.customer.CustomerRow;
import com.clientele.customer.CustomerSort;
import com.clientele.customer.CustomerStatus;
import com.clientele.provider.ProviderProfile;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

        /** Asks for a reason, then exempts the customer from the no-show rules (SPEC 11). */
        void exemptFromRules(CustomerRow row);

        void endExemption(CustomerRow row);

        /** Clears the flag a no-show rule raised. */
        void clearFlag(CustomerRow row);
    }

    /*
     * The cells are Lit templates rendered in the browser, not server-side components: a component
     * per cell kept about 40 KB per row of the grid in the session (the first page alone 2 MB). Text
     * is bound with ${...}, which the browser inserts as text, never as HTML. The star and the name
     * stop their click there, so it does not also open the row menu.
     */
    private static final String STAR = """
            <vaadin-button theme="tertiary icon small" class="${item.on ? 'star-on' : 'star-off'}"
                aria-label="${item.label}" title="${item.title}" ?disabled="${item.locked}"
                @click="${e => { e.stopPropagation(); toggle(); }}">
              <vaadin-icon icon="${item.on ? 'vaadin:star' : 'vaadin:star-o'}"></vaadin-icon>
            </vaadin-button>""";
    static final String NAME = """
            <div class="name-cell">
              <vaadin-button theme="tertiary-inline small" class="customer-name" title="${item.details}"
                  @click="${e => { e.stopPropagation(); open(); }}">${item.name}</vaadin-button>
              <span class="name-contact" title="${item.contact}">${item.contact}</span>
            </div>""";
    /** E-mail and phone stacked; a long e-mail ends in an ellipsis, the whole address in its tooltip. */
    static final String CONTACT = """
            <div class="contact-cell">
              <span class="contact-email" ?hidden="${!item.email}" title="${item.email}">${item.email}</span>
              <span class="contact-phone" ?hidden="${!item.phone}">${item.phone}</span>
            </div>""";
    /** A blocked customer's badge says why in its tooltip; a flag a no-show rule raised shows beside it. */
    static final String BADGE = """
            <vaadin-badge class="status-${item.code}" theme="${item.theme}" title="${item.tip}">${item.label}</vaadin-badge>
            <vaadin-badge class="flag-badge" theme="warning small" ?hidden="${!item.flag}" title="${item.flag}">${item.flagLabel}</vaadin-badge>""";
    private static final String MORE = """
            <vaadin-button theme="tertiary icon small" aria-label="${item.label}" title="${item.title}">
              <vaadin-icon icon="vaadin:ellipsis-dots-v"></vaadin-icon>
            </vaadin-button>""";

    private final Map<CustomerSort, Column<CustomerRow>> sortable;
    /** The columns given up, in this order, as the grid narrows; the contact then moves under the name. */
    private final List<Column<CustomerRow>> dropOrder;
    private final Column<CustomerRow> contactColumn;
    /** The columns the user may hide, by key, with their headers in the order shown. */
    private final Map<String, String> optional = new LinkedHashMap<>();
    private Set<String> hiddenByUser = Set.of();
    private int lastWindowWidth;
    private final Column<CustomerRow> actionsColumn;
    private final RowMenu rowMenu;
    /** Columns that stay on a phone, narrower there: with the star they fit 360 px without scrolling. */
    private final Map<Column<CustomerRow>, Widths> phoneWidths;

    private record Widths(String usual, String phone) {
    }

    /**
     * @param permissions what the member's role may do: the row menu offers only that, and the star
     *     is only a button for a role that may mark favourites
     */
    CustomerGrid(ProviderProfile profile, RowActions actions, CustomerPermissions permissions) {
        super(CustomerRow.class, false);
        addClassName("customer-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setMultiSort(false);
        setEmptyStateText(getTranslation("workspace.grid.empty"));
        Locale locale = ReaderFormats.locale(getLocale());
        String favourite = getTranslation("workspace.grid.favorite");
        String markFavourite = getTranslation("workspace.grid.mark-favorite");
        String rowActions = getTranslation("workspace.grid.actions");

        Column<CustomerRow> favorite = addColumn(LitRenderer.<CustomerRow>of(STAR)
                        .withProperty("on", CustomerRow::favorite)
                        .withProperty("label", row -> getTranslation(row.favorite() ? "workspace.grid.favorite.remove"
                                : "workspace.grid.favorite.add", row.name()))
                        .withProperty("title", row -> row.favorite() ? favourite : markFavourite)
                        .withProperty("locked", row -> !permissions.favouriteAndMessage())
                        .withFunction("toggle", row -> {
                            if (permissions.favouriteAndMessage()) {
                                actions.toggleFavorite(row);
                            }
                        }))
                .setHeader(HiddenText.of(header("favorite"))).setKey("favorite").setWidth("52px").setFlexGrow(0);
        Column<CustomerRow> name = addColumn(LitRenderer.<CustomerRow>of(NAME)
                        .withProperty("name", CustomerRow::name)
                        .withProperty("contact", CustomerGrid::contactLine)
                        .withProperty("details", row -> getTranslation("workspace.grid.open", row.name()))
                        .withFunction("open", actions::openDetails))
                .setHeader(header("name")).setKey("name").setFlexGrow(3).setWidth("160px");
        Column<CustomerRow> contact = addColumn(LitRenderer.<CustomerRow>of(CONTACT)
                        .withProperty("email", row -> row.email() == null ? "" : row.email())
                        .withProperty("phone", row -> row.phone() == null ? "" : Phones.display(row.phone())))
                .setHeader(header("contact")).setKey("contact").setFlexGrow(3).setWidth("190px");
        Column<CustomerRow> status = addColumn(LitRenderer.<CustomerRow>of(BADGE)
                        .withProperty("code", row -> row.status().code())
                        .withProperty("label", row -> getTranslation(StatusBadge.key(row.status())))
                        .withProperty("tip", this::statusTip)
                        .withProperty("theme", row -> StatusBadge.theme(row.status()))
                        .withProperty("flag", row -> row.flaggedReason() == null ? "" : row.flaggedReason())
                        .withProperty("flagLabel", row -> row.flaggedReason() == null ? ""
                                : getTranslation("workspace.badge.flagged")))
                .setHeader(header("status")).setKey("status").setWidth("115px").setFlexGrow(0);
        Column<CustomerRow> bookings = addColumn(row -> Formats.count(row.totalBookings(), locale))
                .setHeader(header("bookings")).setKey("bookings").setTextAlign(ColumnTextAlign.END).setWidth("105px")
                .setFlexGrow(0);
        Column<CustomerRow> spent = addColumn(row -> Formats.money(row.totalSpent(), profile.currency(), locale))
                .setHeader(header("spent")).setKey("spent").setTextAlign(ColumnTextAlign.END).setWidth("120px")
                .setFlexGrow(0);
        Column<CustomerRow> rating = addColumn(row -> row.averageRating() == null ? "–"
                        : ReaderFormats.oneDecimal(row.averageRating(), locale) + " ★")
                .setHeader(header("rating")).setKey("rating").setTextAlign(ColumnTextAlign.END).setWidth("95px")
                .setFlexGrow(0);
        Column<CustomerRow> reliability = addColumn(row -> ErrorMessages.text(row.reliability().brief()))
                .setHeader(header("reliability")).setKey("reliability").setTextAlign(ColumnTextAlign.END)
                .setWidth("110px").setFlexGrow(0);
        reliability.setTooltipGenerator(row -> ErrorMessages.text(row.reliability().explained()));
        reliability.setPartNameGenerator(row -> row.reliability().low() ? "reliability-low" : null);
        Column<CustomerRow> lastVisit = addColumn(
                        row -> Formats.date(row.lastBookingAt(), profile.timeZone(), locale))
                .setHeader(header("last-visit")).setKey("lastVisit").setWidth("120px").setFlexGrow(0);
        Column<CustomerRow> nextBooking = addColumn(
                        row -> Formats.date(row.nextBookingAt(), profile.timeZone(), locale))
                .setHeader(header("next-booking")).setKey("nextBooking").setWidth("120px").setFlexGrow(0);
        Column<CustomerRow> more = addColumn(LitRenderer.<CustomerRow>of(MORE)
                        .withProperty("label", row -> getTranslation("workspace.grid.actions-for", row.name()))
                        .withProperty("title", row -> rowActions))
                .setHeader(HiddenText.of(header("actions"))).setKey("actions").setWidth("60px").setFlexGrow(0);
        rowMenu = new RowMenu(this, actions, permissions);

        sortable = Map.of(CustomerSort.NAME, name, CustomerSort.TOTAL_BOOKINGS, bookings,
                CustomerSort.TOTAL_SPENT, spent, CustomerSort.AVERAGE_RATING, rating,
                CustomerSort.LAST_BOOKING, lastVisit, CustomerSort.NEXT_BOOKING, nextBooking,
                CustomerSort.RELIABILITY, reliability);
        sortable.forEach((sort, column) -> column.setSortable(true).setSortProperty(sort.code()));
        dropOrder = List.of(rating, reliability, bookings, nextBooking, lastVisit, contact);
        contactColumn = contact;
        actionsColumn = more;
        for (Column<CustomerRow> column : List.of(status, bookings, spent, rating, reliability, lastVisit,
                nextBooking)) {
            optional.put(column.getKey(), column.getHeaderText());
        }
        GridRoom.follow(this, this::fitWidth);
        addSortListener(event -> {
            if (lastWindowWidth > 0) {
                fitWidth(lastWindowWidth);
            }
        });
        phoneWidths = Map.of(favorite, new Widths(favorite.getWidth(), "44px"), name, new Widths(name.getWidth(), "118px"), status, new Widths(status.getWidth(), "90px"),
                spent, new Widths(spent.getWidth(), "90px"));
    }

    /** The row actions' menu; what it offers depends on the row and on the member's role. */
    GridContextMenu<CustomerRow> rowMenu() {
        return rowMenu;
    }

    private String header(String key) {
        return getTranslation("workspace.column." + key);
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
     * ones first (never the one the list is sorted by, if it fits at all); when even the essential ones do not fit (phones), the star, name, status and
     * spent stay, narrower, and the row menu opens with a tap on the row instead of its button.
     */
    void fitWidth(int windowWidth) {
        lastWindowWidth = windowWidth;
        int room = GridRoom.forWindow(windowWidth);
        phoneWidths.forEach((column, widths) -> column.setWidth(widths.usual()));
        List<Column<CustomerRow>> chosen = getColumns().stream()
                .filter(column -> !hiddenByUser.contains(column.getKey())).toList();
        // the column the list is sorted by stays while there is room for it
        Column<CustomerRow> sorted = sortable.get(currentOrder().sort());
        List<Column<CustomerRow>> giveWay = dropOrder.stream().filter(column -> column != sorted).toList();
        List<Column<CustomerRow>> keepingSorted = GridRoom.fitting(chosen, giveWay, room);
        List<Column<CustomerRow>> shown = new ArrayList<>(GridRoom.widthOf(keepingSorted) <= room ? keepingSorted
                : GridRoom.fitting(chosen, dropOrder, room));
        if (GridRoom.widthOf(shown) > room) {
            shown.remove(actionsColumn);
            phoneWidths.forEach((column, widths) -> column.setWidth(widths.phone()));
        }
        getColumns().forEach(column -> column.setVisible(shown.contains(column)));
        // without room for the contact column, e-mail or phone shows under the name
        setClassName("contact-in-name", !shown.contains(contactColumn));
    }

    /** The columns a user may hide (key → header), in the grid's order. */
    Map<String, String> optionalColumns() {
        return optional;
    }

    Set<String> hiddenByUser() {
        return hiddenByUser;
    }

    /** Hides these optional columns (keys) whatever the width; the others show when they fit. */
    void hideByUser(Set<String> keys) {
        hiddenByUser = keys.stream().filter(optional::containsKey).collect(Collectors.toUnmodifiableSet());
        if (lastWindowWidth > 0) {
            fitWidth(lastWindowWidth);
        }
    }

    /** How to reach the customer in one line: the e-mail, else the phone. */
    static String contactLine(CustomerRow row) {
        if (row.email() != null && !row.email().isBlank()) {
            return row.email();
        }
        return row.phone() == null ? "" : Phones.display(row.phone());
    }

    private String statusTip(CustomerRow row) {
        if (!row.blocked()) {
            return "";
        }
        return row.blockedReason() == null || row.blockedReason().isBlank()
                ? getTranslation(StatusBadge.key(CustomerStatus.BLOCKED))
                : getTranslation("workspace.status.blocked-because", row.blockedReason());
    }

    /** The row actions, opened by a click on a row (the star and the name have actions of their own). */
    private static final class RowMenu extends GridContextMenu<CustomerRow> {

        RowMenu(CustomerGrid grid, RowActions actions, CustomerPermissions permissions) {
            super(grid);
            addClassName("row-menu");
            setOpenOnClick(true);
            setDynamicContentHandler(row -> {
                removeAll();
                if (row == null) {
                    return false;
                }
                addItem(getTranslation("workspace.action.details"), click -> actions.openDetails(row));
                if (permissions.notes()) {
                    addItem(getTranslation("workspace.action.notes"), click -> actions.editNotes(row));
                }
                if (permissions.favouriteAndMessage()) {
                    addItem(getTranslation("workspace.action.message"), click -> actions.sendMessage(row));
                }
                if (permissions.block() && row.blocked()) {
                    addItem(getTranslation("workspace.action.unblock"), click -> actions.unblock(row));
                } else if (permissions.block()) {
                    addItem(getTranslation("workspace.action.block"), click -> actions.block(row));
                }
                return true;
            });
        }
    }
}
