package com.clientele.webhook;

import com.clientele.activity.ActivityRecorded;
import com.clientele.activity.ActivitySubject;
import com.clientele.base.SecretTokens;
import com.clientele.customer.CustomersCreated;
import com.clientele.provider.OwnerContact;
import com.clientele.provider.TeamDirectory;
import com.clientele.security.RunAs;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the business's events into deliveries (SPEC §15): for each enabled endpoint of the business
 * subscribed to the event's type, one {@code webhook_delivery} row with the body
 * {@code {id, type, created_at, data}} built now, {@code data} being the REST API's resource as an
 * owner reads it. A business without endpoints costs one indexed query per event.
 *
 * <p>The listeners run after the writer's commit through the event publication registry
 * (docs/events.md), in a transaction of their own; a stop in between hands the event over again at
 * the next start. The event id is derived from the event itself, so a second run adds nothing.
 */
@Component
class WebhookRecorder {

    private static final Logger log = LoggerFactory.getLogger(WebhookRecorder.class);
    static final String ACTIVITY_LISTENER_ID = "webhook.activity-deliveries";
    static final String CUSTOMERS_LISTENER_ID = "webhook.customer-created-deliveries";

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookData.Customers customers;
    private final WebhookData.Bookings bookings;
    private final TeamDirectory team;
    private final RunAs runAs;
    private final JsonMapper json;
    private final Clock clock;

    WebhookRecorder(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookData.Customers customers,
            WebhookData.Bookings bookings, TeamDirectory team, RunAs runAs, JsonMapper json, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.customers = customers;
        this.bookings = bookings;
        this.team = team;
        this.runAs = runAs;
        this.json = json;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = ACTIVITY_LISTENER_ID)
    public void on(ActivityRecorded event) {
        WebhookEventType.of(event.type()).ifPresent(type -> {
            ActivitySubject subject = event.subject();
            long subjectId = type.data() == WebhookEventType.Data.BOOKING && subject.bookingId() != null
                    ? subject.bookingId() : subject.relationId();
            record(event.providerId(), type, List.of(subjectId), event.type().name(), event.occurredAt());
        });
    }

    @ApplicationModuleListener(id = CUSTOMERS_LISTENER_ID)
    public void on(CustomersCreated event) {
        record(event.providerId(), WebhookEventType.CUSTOMER_CREATED, event.relationIds(), "created",
                event.occurredAt());
    }

    /** @param subjectIds the relations (customer events) or bookings the events are about */
    private void record(long providerId, WebhookEventType type, List<Long> subjectIds, String cause, Instant at) {
        List<Long> subscribed = endpoints.subscribed(providerId, type);
        if (subscribed.isEmpty()) {
            return;
        }
        Optional<OwnerContact> owner = team.owners(providerId).stream().findFirst();
        if (owner.isEmpty()) {
            log.warn("Business {} has webhook endpoints but no owner who can sign in: events are not delivered",
                    providerId);
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        runAs.run(owner.get().email(), () -> {
            for (long subjectId : subjectIds) {
                Optional<Object> data = type.data() == WebhookEventType.Data.CUSTOMER
                        ? customers.customer(subjectId) : bookings.booking(subjectId);
                if (data.isEmpty()) {
                    continue; // deleted since: nothing left to announce
                }
                String eventId = eventId(providerId, type, subjectId, cause, at);
                String body = body(eventId, type, at, data.get());
                for (long endpointId : subscribed) {
                    deliveries.add(endpointId, eventId, type, body, now);
                }
            }
        });
    }

    private String body(String eventId, WebhookEventType type, Instant at, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", type.code());
        body.put("created_at", at);
        body.put("data", data);
        return json.writeValueAsString(body);
    }

    /** The same for every run of a listener on one event: "evt_" and 32 hex digits. */
    static String eventId(long providerId, WebhookEventType type, long subjectId, String cause, Instant at) {
        return "evt_" + SecretTokens.hash(providerId + "|" + type.code() + "|" + subjectId + "|" + cause + "|" + at)
                .substring(0, 32);
    }
}
