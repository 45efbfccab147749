package com.clientele.webhook.ui;

import com.clientele.base.InvalidInputException;
import com.clientele.base.ui.Actions;
import com.clientele.base.ui.BrowserTime;
import com.clientele.base.ui.ErrorMessages;
import com.clientele.base.ui.Toasts;
import com.clientele.base.ui.ViewHeader;
import com.clientele.security.Roles;
import com.clientele.webhook.CreatedWebhookEndpoint;
import com.clientele.webhook.WebhookEndpoint;
import com.clientele.webhook.WebhookEndpointRequest;
import com.clientele.webhook.WebhookService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Where an owner manages the business's webhooks (SPEC §15): the endpoints with their events, status
 * and last delivery; add and change them, turn them on and off, rotate the secret (shown once), delete,
 * and read an endpoint's delivery log and deliver an event again. Other roles do not see the page.
 */
@Route("webhooks")
@Menu(title = "webhook.menu", order = 16, icon = "vaadin:connect")
@RolesAllowed(Roles.OWNER)
public class WebhooksView extends Main implements HasDynamicTitle {

    private final transient WebhookService webhooks;
    private final ZoneId zone;
    final EndpointGrid grid;
    final Button add = new Button(VaadinIcon.PLUS.create());
    final Paragraph empty = new Paragraph();

    public WebhooksView(WebhookService webhooks) {
        this.webhooks = webhooks;
        this.zone = BrowserTime.zone();
        addClassNames("view", "webhooks-view");
        grid = new EndpointGrid(zone);
        grid.addActionListener(event -> act(event.endpoint(), event.action()));
        add.setText(getTranslation("webhook.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> openEditor(null));
        Paragraph intro = new Paragraph(getTranslation("webhook.intro"));
        intro.addClassName("muted");
        empty.setText(getTranslation("webhook.empty.explained"));
        empty.addClassName("empty-state");
        add(new ViewHeader(getTranslation("webhook.title")).withActions(add), intro, grid, empty);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhook.page-title");
    }

    void refresh() {
        List<WebhookEndpoint> endpoints = webhooks.list();
        grid.setItems(endpoints);
        grid.setVisible(!endpoints.isEmpty());
        empty.setVisible(endpoints.isEmpty());
    }

    private void act(WebhookEndpoint endpoint, EndpointGrid.Action action) {
        switch (action) {
            case DELIVERIES -> openLog(endpoint);
            case EDIT -> openEditor(endpoint);
            case ENABLE -> run(() -> webhooks.setEnabled(endpoint.id(), true),
                    getTranslation("webhook.enabled.done", endpoint.url()));
            case DISABLE -> run(() -> webhooks.setEnabled(endpoint.id(), false),
                    getTranslation("webhook.disabled.done", endpoint.url()));
            case ROTATE -> confirm(getTranslation("webhook.rotate.title"),
                    getTranslation("webhook.rotate.text", endpoint.url()), getTranslation("webhook.action.rotate"),
                    () -> Actions.run(() -> webhooks.rotateSecret(endpoint.id()), null).ifPresent(this::showSecret));
            case DELETE -> confirm(getTranslation("webhook.delete.title"),
                    getTranslation("webhook.delete.text", endpoint.url()), getTranslation("webhook.action.delete"),
                    () -> run(() -> {
                        webhooks.delete(endpoint.id());
                        return endpoint;
                    }, getTranslation("webhook.delete.done", endpoint.url())));
        }
    }

    private void openEditor(@Nullable WebhookEndpoint endpoint) {
        EndpointDialog dialog = new EndpointDialog(endpoint);
        Function<WebhookEndpointRequest, Object> save = endpoint == null ? webhooks::create
                : request -> webhooks.update(endpoint.id(), request);
        dialog.addSaveListener(event -> {
            Object saved;
            try {
                saved = save.apply(event.request());
            } catch (InvalidInputException e) {
                dialog.showErrors(ErrorMessages.fields(e));
                return;
            } catch (RuntimeException e) {
                Toasts.error(ErrorMessages.text(ErrorMessages.of(e).orElseThrow(() -> e)));
                return;
            }
            dialog.close();
            if (saved instanceof CreatedWebhookEndpoint created) {
                showSecret(created);
            } else {
                refresh();
                Toasts.success(getTranslation("webhook.saved", event.request().url()));
            }
        });
        dialog.open();
    }

    private void showSecret(CreatedWebhookEndpoint created) {
        refresh();
        new SecretDialog(created.endpoint().url(), created.secret()).open();
    }

    private void openLog(WebhookEndpoint endpoint) {
        DeliveryLogDialog[] log = new DeliveryLogDialog[1];
        log[0] = new DeliveryLogDialog(endpoint.url(), zone,
                (offset, limit) -> webhooks.deliveries(endpoint.id(), offset, limit),
                () -> webhooks.countDeliveries(endpoint.id()),
                delivery -> Actions.run(() -> webhooks.redeliver(endpoint.id(), delivery.id()),
                        getTranslation("webhook.log.redelivered")).ifPresent(planned -> log[0].refresh()));
        log[0].open();
    }

    private void confirm(String header, String text, String confirmText, Runnable action) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("webhook.cancel"));
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> action.run());
        confirm.open();
    }

    private void run(Supplier<?> action, String done) {
        Actions.run(action, done).ifPresent(result -> refresh());
    }
}
