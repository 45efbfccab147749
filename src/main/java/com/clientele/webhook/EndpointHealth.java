package com.clientele.webhook;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns off an endpoint that has failed for {@code app.webhooks.disable-after} (3 days) in a row: its
 * attempts since a failure at least that old all failed, the latest one just now. It is audited
 * ({@link AuditAction#WEBHOOK_AUTO_DISABLED}, by "system") and announced
 * ({@link WebhookEndpointDisabled}) so that the owners get an e-mail. Its pending deliveries wait; an
 * owner turns it on again after fixing the receiver, and they are sent.
 */
@Component
class EndpointHealth {

    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final WebhookSettings settings;
    private final TransactionTemplate transaction;

    EndpointHealth(WebhookDeliveries deliveries, WebhookEndpoints endpoints, AuditLog auditLog,
            ApplicationEventPublisher events, WebhookSettings settings, PlatformTransactionManager transactions) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.auditLog = auditLog;
        this.events = events;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** After a failed attempt at {@code now}: disables the endpoint when it has been failing long enough. */
    void check(long endpointId, Instant now) {
        Optional<Instant> since = deliveries.failingSince(endpointId);
        if (since.isEmpty() || since.get().isAfter(now.minus(settings.disableAfter()))) {
            return;
        }
        transaction.executeWithoutResult(status -> endpoints.target(endpointId)
                .flatMap(found -> endpoints.lock(found.providerId(), endpointId))
                .filter(WebhookEndpoints.Target::enabled)
                .ifPresent(endpoint -> {
                    endpoints.setEnabled(endpointId, false, now);
                    auditLog.record("system", AuditAction.WEBHOOK_AUTO_DISABLED, endpoint.url(),
                            "Failing since " + since.get());
                    events.publishEvent(new WebhookEndpointDisabled(endpoint.providerId(), endpointId, endpoint.url(),
                            since.get()));
                }));
    }
}
