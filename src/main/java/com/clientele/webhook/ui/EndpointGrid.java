package com.clientele.webhook.ui;

import com.clientele.base.Formats;
import com.clientele.base.ui.GridRoom;
import com.clientele.base.ui.HiddenText;
import com.clientele.webhook.WebhookEndpoint;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/** The business's endpoints: URL, events, status, last delivery, and a menu of actions per row. */
class EndpointGrid extends Grid<WebhookEndpoint> {

    enum Action {
        DELIVERIES("deliveries"), EDIT("edit"), ENABLE("enable"), DISABLE("disable"), ROTATE("rotate"),
        DELETE("delete");

        /** The menu item's message key. */
        final String key;

        Action(String name) {
            this.key = "webhook.action." + name;
        }
    }

    /** The columns given up, in this order, as the window narrows: phones keep URL, status, actions. */
    private final List<Column<WebhookEndpoint>> dropOrder;
    private final ZoneId zone;

    EndpointGrid(ZoneId zone) {
        super(WebhookEndpoint.class, false);
        this.zone = zone;
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("webhook-grid");
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("webhook.empty"));
        addComponentColumn(this::address).setHeader(getTranslation("webhook.column.url")).setKey("url")
                .setWidth("14rem").setFlexGrow(3).setTooltipGenerator(WebhookEndpoint::url);
        var events = addColumn(this::events).setHeader(getTranslation("webhook.column.events")).setKey("events")
                .setWidth("12rem").setFlexGrow(2);
        var last = addColumn(this::lastDelivery).setHeader(getTranslation("webhook.column.last"))
                .setKey("last").setWidth("11rem").setFlexGrow(0);
        addComponentColumn(this::status).setHeader(getTranslation("webhook.column.status")).setKey("status")
                .setWidth("7rem").setFlexGrow(0);
        addComponentColumn(this::actions).setHeader(HiddenText.of(getTranslation("webhook.column.actions")))
                .setKey("actions").setWidth("4rem").setFlexGrow(0).setFrozenToEnd(true);
        dropOrder = List.of(events, last);
        GridRoom.follow(this, this::fitWidth);
    }

    void fitWidth(int windowWidth) {
        List<Column<WebhookEndpoint>> shown = GridRoom.fitting(getColumns(), dropOrder,
                GridRoom.forWindow(windowWidth));
        getColumns().forEach(column -> column.setVisible(shown.contains(column)));
    }

    Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }

    private Div address(WebhookEndpoint endpoint) {
        Div cell = new Div(new Span(endpoint.url()));
        cell.addClassName("webhook-url");
        if (endpoint.description() != null) {
            Span description = new Span(endpoint.description());
            description.addClassName("muted");
            cell.add(description);
        }
        return cell;
    }

    String events(WebhookEndpoint endpoint) {
        return endpoint.eventTypes().stream().sorted().map(type -> getTranslation(type.labelKey()))
                .collect(Collectors.joining(", "));
    }

    String lastDelivery(WebhookEndpoint endpoint) {
        if (endpoint.lastAttemptAt() == null) {
            return getTranslation("webhook.last.none");
        }
        return getTranslation(Boolean.TRUE.equals(endpoint.lastAttemptOk()) ? "webhook.last.ok" : "webhook.last.failed",
                Formats.dateTime(endpoint.lastAttemptAt(), zone, getLocale()));
    }

    private Badge status(WebhookEndpoint endpoint) {
        var badge = new Badge(getTranslation(endpoint.enabled() ? "webhook.status.enabled" : "webhook.status.disabled"));
        badge.addThemeVariants(endpoint.enabled() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST, BadgeVariant.SMALL);
        return badge;
    }

    private MenuBar actions(WebhookEndpoint endpoint) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("webhook.actions-for", endpoint.url()));
        SubMenu items = root.getSubMenu();
        for (Action action : List.of(Action.DELIVERIES, Action.EDIT,
                endpoint.enabled() ? Action.DISABLE : Action.ENABLE, Action.ROTATE, Action.DELETE)) {
            items.addItem(getTranslation(action.key), click -> fireEvent(new ActionEvent(this, endpoint, action)));
        }
        return menu;
    }

    static final class ActionEvent extends ComponentEvent<EndpointGrid> {

        private final WebhookEndpoint endpoint;
        private final Action action;

        ActionEvent(EndpointGrid source, WebhookEndpoint endpoint, Action action) {
            super(source, false);
            this.endpoint = endpoint;
            this.action = action;
        }

        WebhookEndpoint endpoint() {
            return endpoint;
        }

        Action action() {
            return action;
        }
    }
}
