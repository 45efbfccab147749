package com.clientele.webhook;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.ConflictException;
import com.clientele.base.InputValidator;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.SecretTokens;
import com.clientele.base.Text;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owners manage their business's webhook endpoints here (SPEC §15), on the page and over the
 * API: create (the secret is answered once), change, turn on and off, rotate the secret, delete, and
 * read each endpoint's delivery log and deliver an event again. Owners only ({@code MANAGE_BUSINESS}),
 * checked before anything is looked up; the business is the signed-in owner's, and another business's
 * endpoint or delivery is not found. Every change is audited.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class WebhookService {

    public static final int DESCRIPTION_MAX = 200;
    /** How many endpoints one business may have. */
    public static final int MAX_ENDPOINTS = 20;
    static final String SECRET_PREFIX = "whsec_";

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookUrls urls;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    WebhookService(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookUrls urls, CurrentUser currentUser,
            AuditLog auditLog, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.urls = urls;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The business's endpoints, oldest first. */
    @Transactional(readOnly = true)
    public List<WebhookEndpoint> list() {
        return endpoints.list(business());
    }

    @Transactional(readOnly = true)
    public WebhookEndpoint find(long endpointId) {
        return endpoints.find(business(), endpointId).orElseThrow(WebhookService::notFound);
    }

    /** A new endpoint with a new secret, which the answer holds and nothing will show again. */
    @Transactional
    public CreatedWebhookEndpoint create(WebhookEndpointRequest request) {
        long providerId = business();
        Checked checked = check(request);
        if (endpoints.list(providerId).size() >= MAX_ENDPOINTS) {
            throw new ConflictException("webhook.error.too-many", MAX_ENDPOINTS);
        }
        String secret = newSecret();
        long id = endpoints.insert(providerId, checked.url(), checked.description(), checked.types(), secret,
                request.enabled(), now());
        auditLog.record(AuditAction.WEBHOOK_CREATED, checked.url(), WebhookEndpoints.codes(checked.types()));
        return new CreatedWebhookEndpoint(endpoints.find(providerId, id).orElseThrow(), secret);
    }

    /** Changes the endpoint's URL, description, event types and whether it is on. */
    @Transactional
    public WebhookEndpoint update(long endpointId, WebhookEndpointRequest request) {
        long providerId = business();
        WebhookEndpoints.Target target = endpoints.lock(providerId, endpointId).orElseThrow(WebhookService::notFound);
        Checked checked = check(request);
        endpoints.update(endpointId, checked.url(), checked.description(), checked.types());
        auditLog.record(AuditAction.WEBHOOK_CHANGED, checked.url(), WebhookEndpoints.codes(checked.types()));
        if (request.enabled() != target.enabled()) {
            endpoints.setEnabled(endpointId, request.enabled(), now());
            auditLog.record(request.enabled() ? AuditAction.WEBHOOK_ENABLED : AuditAction.WEBHOOK_DISABLED,
                    checked.url(), null);
        }
        return endpoints.find(providerId, endpointId).orElseThrow();
    }

    /** Turns the endpoint on or off; pending deliveries wait while it is off. */
    @Transactional
    public WebhookEndpoint setEnabled(long endpointId, boolean enabled) {
        long providerId = business();
        WebhookEndpoints.Target target = endpoints.lock(providerId, endpointId).orElseThrow(WebhookService::notFound);
        if (target.enabled() != enabled) {
            endpoints.setEnabled(endpointId, enabled, now());
            auditLog.record(enabled ? AuditAction.WEBHOOK_ENABLED : AuditAction.WEBHOOK_DISABLED, target.url(), null);
        }
        return endpoints.find(providerId, endpointId).orElseThrow();
    }

    /** A new secret for the endpoint; the old one stops signing at once. */
    @Transactional
    public CreatedWebhookEndpoint rotateSecret(long endpointId) {
        long providerId = business();
        WebhookEndpoints.Target target = endpoints.lock(providerId, endpointId).orElseThrow(WebhookService::notFound);
        String secret = newSecret();
        endpoints.changeSecret(endpointId, secret);
        auditLog.record(AuditAction.WEBHOOK_SECRET_ROTATED, target.url(), null);
        return new CreatedWebhookEndpoint(endpoints.find(providerId, endpointId).orElseThrow(), secret);
    }

    /** Deletes the endpoint with its deliveries and their log. */
    @Transactional
    public void delete(long endpointId) {
        long providerId = business();
        WebhookEndpoints.Target target = endpoints.lock(providerId, endpointId).orElseThrow(WebhookService::notFound);
        endpoints.delete(endpointId);
        auditLog.record(AuditAction.WEBHOOK_DELETED, target.url(), null);
    }

    /** One page of the endpoint's delivery log, newest first. */
    @Transactional(readOnly = true)
    public List<WebhookDelivery> deliveries(long endpointId, int offset, int limit) {
        long providerId = business();
        endpoints.find(providerId, endpointId).orElseThrow(WebhookService::notFound);
        return deliveries.page(endpointId, Math.max(0, offset), Math.clamp(limit, 1, 100));
    }

    @Transactional(readOnly = true)
    public int countDeliveries(long endpointId) {
        long providerId = business();
        endpoints.find(providerId, endpointId).orElseThrow(WebhookService::notFound);
        return deliveries.count(endpointId);
    }

    /**
     * Plans a new attempt of the delivery now (within {@code app.webhooks.poll-every}), also for one
     * delivered or failed, with a fresh 24-hour retry window. Refused while the endpoint is off.
     */
    @Transactional
    public WebhookDelivery redeliver(long endpointId, long deliveryId) {
        long providerId = business();
        WebhookEndpoints.Target target = endpoints.lock(providerId, endpointId).orElseThrow(WebhookService::notFound);
        deliveries.find(endpointId, deliveryId).orElseThrow(() -> new NotFoundException("webhook.error.delivery.not-found"));
        if (!target.enabled()) {
            throw new ConflictException("webhook.error.redeliver.disabled");
        }
        deliveries.redeliver(deliveryId, now());
        return deliveries.find(endpointId, deliveryId).orElseThrow();
    }

    private record Checked(String url, @Nullable String description, Set<WebhookEventType> types) {
    }

    /** Every field's problem at once, so the form can show them all. */
    private Checked check(WebhookEndpointRequest request) {
        Map<String, Text> errors = new LinkedHashMap<>();
        String url = null;
        try {
            url = urls.check(request.url()).toString();
        } catch (InvalidInputException refused) {
            errors.putAll(refused.errors());
        }
        String description = request.description() == null || request.description().isBlank() ? null
                : request.description().strip();
        if (description != null && description.length() > DESCRIPTION_MAX) {
            errors.put("description", Text.of("error.text.too-long", DESCRIPTION_MAX));
        } else {
            try {
                InputValidator.requireStorable("description", description);
            } catch (InvalidInputException refused) {
                errors.putAll(refused.errors());
            }
        }
        Set<WebhookEventType> types = request.eventTypes() == null || request.eventTypes().isEmpty()
                ? Set.of() : EnumSet.copyOf(request.eventTypes());
        if (types.isEmpty()) {
            errors.put("eventTypes", Text.of("webhook.error.events.required"));
        }
        if (!errors.isEmpty() || url == null) {
            throw new InvalidInputException(errors);
        }
        return new Checked(url, description, types);
    }

    private long business() {
        currentUser.require(Capability.MANAGE_BUSINESS);
        return currentUser.providerId();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String newSecret() {
        return SECRET_PREFIX + SecretTokens.generate();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("webhook.error.not-found");
    }
}
