package com.clientele.webhook.ui;

import com.clientele.base.Formats;
import com.clientele.webhook.DeliveryStatus;
import com.clientele.webhook.WebhookDelivery;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * An endpoint's delivery log, newest first, read page by page from the database: event type and id,
 * status, attempts, the latest status code or error and when; a button per row delivers the event
 * again ({@code redeliver}, handled by the view). Knows nothing of services.
 */
class DeliveryLogDialog extends Dialog {

    /** One page of the log: offset and limit in, deliveries out. */
    interface Pages {
        List<WebhookDelivery> page(int offset, int limit);
    }

    final Grid<WebhookDelivery> grid = new Grid<>(WebhookDelivery.class, false);
    final Paragraph empty = new Paragraph();

    DeliveryLogDialog(String url, ZoneId zone, Pages pages, IntSupplier count, Consumer<WebhookDelivery> redeliver) {
        addClassName("webhook-log-dialog");
        setHeaderTitle(getTranslation("webhook.log.title"));
        setWidth("min(1000px, 98vw)");
        Paragraph about = new Paragraph(url);
        about.addClassName("muted");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(delivery -> getTranslation(delivery.eventType().labelKey()))
                .setHeader(getTranslation("webhook.log.event")).setKey("event").setWidth("9rem").setFlexGrow(1)
                .setTooltipGenerator(WebhookDelivery::eventId);
        grid.addComponentColumn(this::status).setHeader(getTranslation("webhook.log.status")).setKey("status")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(delivery -> Formats.count(delivery.attempts(), getLocale()))
                .setHeader(getTranslation("webhook.log.attempts")).setKey("attempts").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(this::answer).setHeader(getTranslation("webhook.log.answer")).setKey("answer")
                .setWidth("8rem").setFlexGrow(1);
        grid.addColumn(delivery -> delivery.lastAttemptAt() == null ? ""
                        : Formats.dateTime(delivery.lastAttemptAt(), zone, getLocale()))
                .setHeader(getTranslation("webhook.log.when")).setKey("when").setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(delivery -> {
            Button again = new Button(getTranslation("webhook.log.redeliver"), click -> redeliver.accept(delivery));
            again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            again.setAriaLabel(getTranslation("webhook.log.redeliver-event", delivery.eventId()));
            return again;
        }).setHeader("").setKey("redeliver").setWidth("8rem").setFlexGrow(0).setFrozenToEnd(true);
        grid.setItems(query -> pages.page(query.getOffset(), query.getLimit()).stream(), query -> count.getAsInt());
        grid.setEmptyStateText(getTranslation("webhook.log.empty"));
        empty.setText(getTranslation("webhook.log.explained"));
        empty.addClassName("muted");
        add(about, grid, empty);
        Button close = new Button(getTranslation("webhook.log.close"), click -> close());
        getFooter().add(close);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    String answer(WebhookDelivery delivery) {
        if (delivery.lastStatusCode() != null) {
            return getTranslation("webhook.log.status-code", String.valueOf(delivery.lastStatusCode()));
        }
        if (delivery.lastError() != null) {
            return getTranslation("webhook.attempt-error." + delivery.lastError().code());
        }
        return "";
    }

    private Badge status(WebhookDelivery delivery) {
        var badge = new Badge(getTranslation("webhook.delivery." + delivery.status().code()));
        badge.addThemeVariants(delivery.status() == DeliveryStatus.DELIVERED ? BadgeVariant.SUCCESS
                : delivery.status() == DeliveryStatus.FAILED ? BadgeVariant.ERROR : BadgeVariant.CONTRAST,
                BadgeVariant.SMALL);
        return badge;
    }
}
