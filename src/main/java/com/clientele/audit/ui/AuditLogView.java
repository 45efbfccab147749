package com.clientele.audit.ui;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditFilter;
import com.clientele.audit.AuditRecord;
import com.clientele.audit.AuditTrail;
import com.clientele.base.ui.BrowserTime;
import com.clientele.base.ui.DatePickers;
import com.clientele.base.ui.GridRoom;
import com.clientele.base.ui.UrlState;
import com.clientele.base.ui.ViewHeader;
import com.clientele.security.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Who did what, newest first: sign-ins, lock-outs, admin actions, password and API token changes. */
@Route("admin/audit")
@Menu(title = "audit.menu", order = 11, icon = "vaadin:records")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final TextField actor = new TextField();
    private final TextField target = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditRecord> grid = new Grid<>(AuditRecord.class, false);
    private final ZoneId zone = BrowserTime.zone();
    private final List<Grid.Column<AuditRecord>> wide;
    private final List<Grid.Column<AuditRecord>> dropOrder;
    private final Grid.Column<AuditRecord> compact;
    private final UrlState url = new UrlState("admin/audit");

    public AuditLogView(AuditTrail trail) {
        addClassName("view");
        action.setLabel(getTranslation("audit.filter.action"));
        actor.setLabel(getTranslation("audit.filter.actor"));
        target.setLabel(getTranslation("audit.filter.target"));
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(this::label);
        action.setClearButtonVisible(true);
        action.setPlaceholder(getTranslation("audit.filter.all-actions"));
        for (TextField field : List.of(actor, target)) {
            field.setPlaceholder(getTranslation("audit.filter.email-starts"));
            field.setClearButtonVisible(true);
            field.setMaxLength(254);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setPrefixComponent(VaadinIcon.SEARCH.create());
        }
        for (DatePicker date : List.of(from, to)) {
            DatePickers.localise(date);
            date.setClearButtonVisible(true);
            date.setPlaceholder(getTranslation("audit.filter.any-day"));
        }
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        to.addValueChangeListener(change -> from.setMax(change.getValue()));
        action.addValueChangeListener(change -> changed());
        actor.addValueChangeListener(change -> changed());
        target.addValueChangeListener(change -> changed());
        from.addValueChangeListener(change -> changed());
        to.addValueChangeListener(change -> changed());
        var filters = new Div(action, actor, target, from, to);
        filters.addClassName("audit-filters");
        filters.addClassName("admin-filters");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("admin-grid");
        grid.setPageSize(50);
        // Phones get one column that stacks the essentials; Lit bindings render the values as text.
        var compact = grid.addColumn(LitRenderer.<AuditRecord>of("""
                        <div class="audit-compact"><strong>${item.action}</strong> · ${item.when}<br>
                        <span>${item.actor} → ${item.target}</span></div>""")
                        .withProperty("action", entry -> label(entry.action()))
                        .withProperty("when", this::when)
                        .withProperty("actor", AuditRecord::actor)
                        .withProperty("target", entry -> entry.target() == null ? "–" : entry.target()))
                .setHeader(getTranslation("audit.column.entry")).setKey("compact");
        var when = grid.addColumn(this::when).setHeader(getTranslation("audit.column.when")).setKey("when").setWidth("13rem").setFlexGrow(0);
        var actionColumn = grid.addColumn(entry -> label(entry.action())).setHeader(getTranslation("audit.column.action")).setKey("action")
                .setWidth("9rem").setFlexGrow(0);
        var actorColumn = grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.column.actor")).setKey("actor").setWidth("10rem")
                .setFlexGrow(1).setTooltipGenerator(AuditRecord::actor);
        var targetColumn = grid.addColumn(AuditRecord::target).setHeader(getTranslation("audit.column.target")).setKey("target").setWidth("10rem")
                .setFlexGrow(1).setTooltipGenerator(AuditRecord::target);
        var details = grid.addColumn(AuditRecord::details).setHeader(getTranslation("audit.column.details")).setKey("details").setWidth("8rem")
                .setFlexGrow(2);
        var address = grid.addColumn(AuditRecord::remoteAddress).setHeader(getTranslation("audit.column.address")).setKey("address")
                .setWidth("8rem").setFlexGrow(0).setTooltipGenerator(AuditRecord::remoteAddress);
        wide = List.of(when, actionColumn, actorColumn, targetColumn, details, address);
        dropOrder = List.of(address, details);
        this.compact = compact;
        grid.setEmptyStateText(getTranslation("audit.empty"));
        // No exact count: counting a log of millions of entries on every filter change costs ~0.1 s,
        // and the grid scrolls on without it.
        grid.setItemsPageable(pageable -> trail.list(filter(), pageable));
        GridRoom.follow(grid, this::fitWidth);

        add(new ViewHeader(getTranslation("audit.title")), filters, grid);
    }

    private AuditFilter filter() {
        Instant start = from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant();
        LocalDate last = to.getValue();
        if (last != null && from.getValue() != null && last.isBefore(from.getValue())) {
            last = from.getValue(); // the pickers' limits normally prevent this
        }
        Instant end = last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditFilter(action.getValue(), actor.getValue(), target.getValue(), start, end);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** A filter the user changed: shown, and a new history entry (Back undoes it). */
    private void changed() {
        if (!url.isRestoring()) {
            url.push(query());
            refresh();
        }
    }

    UrlState url() {
        return url;
    }

    /** Shows the filters of the address: {@code ?action=login_failed&actor=ann&from=2026-12-01&to=…}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        AuditAction wantedAction = UrlState.first(query, "action").flatMap(code -> Arrays.stream(AuditAction.values())
                .filter(a -> a.name().equalsIgnoreCase(code.strip())).findFirst()).orElse(null);
        LocalDate wantedFrom = UrlState.date(query, "from");
        LocalDate wantedTo = UrlState.date(query, "to");
        if (wantedFrom != null && wantedTo != null && wantedTo.isBefore(wantedFrom)) {
            wantedTo = null;
        }
        LocalDate end = wantedTo;
        url.restored(queryOf(wantedAction, text(query, "actor"), text(query, "target"), wantedFrom, end), () -> {
            action.setValue(wantedAction);
            setText(actor, text(query, "actor"));
            setText(target, text(query, "target"));
            from.setValue(wantedFrom);
            to.setValue(end);
        });
        refresh();
    }

    QueryParameters query() {
        return queryOf(action.getValue(), actor.getValue(), target.getValue(), from.getValue(), to.getValue());
    }

    private static QueryParameters queryOf(AuditAction action, String actor, String target, LocalDate from,
            LocalDate to) {
        Map<String, String> params = new LinkedHashMap<>();
        UrlState.put(params, "action", action == null ? null : action.name().toLowerCase(Locale.ROOT));
        UrlState.put(params, "actor", actor);
        UrlState.put(params, "target", target);
        UrlState.put(params, "from", from);
        UrlState.put(params, "to", to);
        return QueryParameters.simple(params);
    }

    private static String text(QueryParameters query, String name) {
        return UrlState.first(query, name).map(String::strip)
                .map(value -> value.length() > 254 ? value.substring(0, 254) : value).orElse("");
    }

    /** Sets a search field unless it already says the same (a user typing on is not interrupted). */
    private static void setText(TextField field, String text) {
        if (!field.getValue().strip().equals(text)) {
            field.setValue(text);
        }
    }

    private String when(AuditRecord entry) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM).withLocale(getLocale())
                .format(entry.occurredAt().atZone(zone));
    }

    /** The action as this reader's language names it; the API and the stored codes stay English. */
    private String label(AuditAction action) {
        return getTranslation("audit.action." + action.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }

    /** The columns that fit the window, the address and details given up first, else the one stacked column. */
    void fitWidth(int windowWidth) {
        int room = GridRoom.forWindow(windowWidth);
        List<Grid.Column<AuditRecord>> shown = GridRoom.fitting(wide, dropOrder, room);
        boolean narrow = GridRoom.widthOf(shown) > room;
        wide.forEach(column -> column.setVisible(!narrow && shown.contains(column)));
        compact.setVisible(narrow);
    }
}
