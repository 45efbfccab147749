package com.clientele.audit.ui;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditFilter;
import com.clientele.audit.AuditRecord;
import com.clientele.audit.AuditTrail;
import com.clientele.base.Formats;
import com.clientele.base.ui.BrowserTime;
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
        filters.addClassName("filter-bar");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.addColumn(entry -> WHEN.format(entry.occurredAt().atZone(zone))).setHeader("When").setKey("when")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.action().label()).setHeader("Action").setKey("action").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::actor).setHeader("Actor").setKey("actor").setFlexGrow(1);
        grid.addColumn(AuditRecord::target).setHeader("Target").setKey("target").setFlexGrow(1);
        var details = grid.addColumn(AuditRecord::details).setHeader("Details").setKey("details").setFlexGrow(2);
        var address = grid.addColumn(AuditRecord::remoteAddress).setHeader("From address").setKey("address")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No audit entries match");
        grid.setItemsPageable(pageable -> trail.list(filter(), pageable), pageable -> trail.count(filter()));
        setNarrow(details, address, BrowserTime.narrow());
        addAttachListener(attach -> attach.getUI().getPage().addBrowserWindowResizeListener(
                resize -> setNarrow(details, address, resize.getWidth() < BrowserTime.NARROW_WIDTH)));

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

    private static void setNarrow(Grid.Column<AuditRecord> details, Grid.Column<AuditRecord> address, boolean narrow) {
        address.setVisible(!narrow);
        details.setVisible(!narrow);
    }
}
