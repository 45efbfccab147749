package com.clientele.audit.ui;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditFilter;
import com.clientele.audit.AuditRecord;
import com.clientele.audit.AuditTrail;
import com.clientele.base.Formats;
import com.clientele.base.ui.BrowserTime;
import com.clientele.base.ui.GridRoom;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Who did what, newest first: sign-ins, lock-outs, admin actions, password and API token changes. */
@Route("admin/audit")
@PageTitle("Audit log · Clientele")
@Menu(title = "Audit log", order = 11, icon = "vaadin:records")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Formats.LOCALE);

    private final ComboBox<AuditAction> action = new ComboBox<>("Action");
    private final TextField actor = new TextField("Actor");
    private final TextField target = new TextField("Target");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Grid<AuditRecord> grid = new Grid<>(AuditRecord.class, false);
    private final ZoneId zone = BrowserTime.zone();
    private final List<Grid.Column<AuditRecord>> wide;
    private final List<Grid.Column<AuditRecord>> dropOrder;
    private final Grid.Column<AuditRecord> compact;

    public AuditLogView(AuditTrail trail) {
        addClassName("view");
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditAction::label);
        action.setClearButtonVisible(true);
        action.setPlaceholder("All actions");
        for (TextField field : List.of(actor, target)) {
            field.setPlaceholder("E-mail starts with…");
            field.setClearButtonVisible(true);
            field.setMaxLength(254);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setPrefixComponent(VaadinIcon.SEARCH.create());
        }
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        to.addValueChangeListener(change -> from.setMax(change.getValue()));
        action.addValueChangeListener(change -> refresh());
        actor.addValueChangeListener(change -> refresh());
        target.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
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
                        .withProperty("action", entry -> entry.action().label())
                        .withProperty("when", this::when)
                        .withProperty("actor", AuditRecord::actor)
                        .withProperty("target", entry -> entry.target() == null ? "–" : entry.target()))
                .setHeader("Entry").setKey("compact");
        var when = grid.addColumn(this::when).setHeader("When").setKey("when").setWidth("13rem").setFlexGrow(0);
        var actionColumn = grid.addColumn(entry -> entry.action().label()).setHeader("Action").setKey("action")
                .setWidth("9rem").setFlexGrow(0);
        var actorColumn = grid.addColumn(AuditRecord::actor).setHeader("Actor").setKey("actor").setWidth("10rem")
                .setFlexGrow(1).setTooltipGenerator(AuditRecord::actor);
        var targetColumn = grid.addColumn(AuditRecord::target).setHeader("Target").setKey("target").setWidth("10rem")
                .setFlexGrow(1).setTooltipGenerator(AuditRecord::target);
        var details = grid.addColumn(AuditRecord::details).setHeader("Details").setKey("details").setWidth("8rem")
                .setFlexGrow(2);
        var address = grid.addColumn(AuditRecord::remoteAddress).setHeader("From address").setKey("address")
                .setWidth("8rem").setFlexGrow(0).setTooltipGenerator(AuditRecord::remoteAddress);
        wide = List.of(when, actionColumn, actorColumn, targetColumn, details, address);
        dropOrder = List.of(address, details);
        this.compact = compact;
        grid.setEmptyStateText("No audit entries match");
        // No exact count: counting a log of millions of entries on every filter change costs ~0.1 s,
        // and the grid scrolls on without it.
        grid.setItemsPageable(pageable -> trail.list(filter(), pageable));
        GridRoom.follow(grid, this::fitWidth);

        add(new ViewHeader("Audit log"), filters, grid);
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

    private String when(AuditRecord entry) {
        return WHEN.format(entry.occurredAt().atZone(zone));
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
