package com.clientele.webhook.api;

import com.clientele.webhook.CreatedWebhookEndpoint;
import com.clientele.webhook.WebhookDelivery;
import com.clientele.webhook.WebhookEndpoint;
import com.clientele.webhook.WebhookEventType;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The webhooks API's JSON shapes. */
final class WebhookResources {

    static final String EVENT_TYPES = "customer.created, customer.updated, customer.blocked, customer.unblocked,"
            + " booking.created, booking.status_changed, review.created";

    private WebhookResources() {
    }

    static List<String> codes(WebhookEndpoint endpoint) {
        return endpoint.eventTypes().stream().sorted().map(WebhookEventType::code).toList();
    }

    @Schema(name = "WebhookEndpoint", description = "An endpoint that receives the business's events. The secret is"
            + " never shown again after create and rotate_secret; secret_hint is its beginning.")
    record EndpointResource(
            @JsonProperty("id") long id,
            @JsonProperty("url") String url,
            @JsonProperty("description") @Schema(nullable = true) @Nullable String description,
            @JsonProperty("event_types") @ArraySchema(schema = @Schema(allowableValues = {"customer.created",
                    "customer.updated", "customer.blocked", "customer.unblocked", "booking.created",
                    "booking.status_changed", "review.created"})) List<String> eventTypes,
            @JsonProperty("enabled") boolean enabled,
            @JsonProperty("secret_hint") @Schema(example = "whsec_Ab3d…") String secretHint,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("disabled_at") @Schema(nullable = true, description = "When it was last turned off, by an"
                    + " owner or after failing for 3 days") @Nullable Instant disabledAt,
            @JsonProperty("last_attempt_at") @Schema(nullable = true) @Nullable Instant lastAttemptAt,
            @JsonProperty("last_attempt_ok") @Schema(nullable = true) @Nullable Boolean lastAttemptOk) {

        static EndpointResource of(WebhookEndpoint endpoint) {
            return new EndpointResource(endpoint.id(), endpoint.url(), endpoint.description(), codes(endpoint),
                    endpoint.enabled(), endpoint.secretHint(), endpoint.createdAt(), endpoint.disabledAt(),
                    endpoint.lastAttemptAt(), endpoint.lastAttemptOk());
        }
    }

    @Schema(name = "WebhookEndpointWithSecret", description = "An endpoint with its signing secret: the only answer"
            + " that holds it (create and rotate_secret). Keep it where the receiver can read it.")
    record EndpointWithSecretResource(
            @JsonProperty("id") long id,
            @JsonProperty("url") String url,
            @JsonProperty("description") @Schema(nullable = true) @Nullable String description,
            @JsonProperty("event_types") List<String> eventTypes,
            @JsonProperty("enabled") boolean enabled,
            @JsonProperty("secret") @Schema(description = "whsec_ and 43 characters; the HMAC key, as UTF-8 bytes",
                    example = "whsec_3q2-7wAbc…") String secret,
            @JsonProperty("created_at") Instant createdAt) {

        static EndpointWithSecretResource of(CreatedWebhookEndpoint created) {
            WebhookEndpoint endpoint = created.endpoint();
            return new EndpointWithSecretResource(endpoint.id(), endpoint.url(), endpoint.description(), codes(endpoint),
                    endpoint.enabled(), created.secret(), endpoint.createdAt());
        }
    }

    @Schema(name = "WebhookDelivery", description = "One event for one endpoint, with its latest attempt")
    record DeliveryResource(
            @JsonProperty("id") long id,
            @JsonProperty("event_id") @Schema(description = "The body's id and the Webhook-Id header") String eventId,
            @JsonProperty("event_type") String eventType,
            @JsonProperty("status") @Schema(allowableValues = {"pending", "delivered", "failed"}) String status,
            @JsonProperty("attempts") int attempts,
            @JsonProperty("last_status_code") @Schema(nullable = true) @Nullable Integer lastStatusCode,
            @JsonProperty("last_error") @Schema(nullable = true, description = "Why the latest attempt got no answer",
                    allowableValues = {"timeout", "connection_failed", "address_not_allowed"}) @Nullable String lastError,
            @JsonProperty("last_attempt_at") @Schema(nullable = true) @Nullable Instant lastAttemptAt,
            @JsonProperty("next_attempt_at") @Schema(nullable = true) @Nullable Instant nextAttemptAt,
            @JsonProperty("created_at") Instant createdAt) {

        static DeliveryResource of(WebhookDelivery delivery) {
            return new DeliveryResource(delivery.id(), delivery.eventId(), delivery.eventType().code(),
                    delivery.status().code(), delivery.attempts(), delivery.lastStatusCode(),
                    delivery.lastError() == null ? null : delivery.lastError().code(), delivery.lastAttemptAt(),
                    delivery.nextAttemptAt(), delivery.createdAt());
        }
    }

    @Schema(name = "WebhookEndpointRequest", description = "For create all of url and event_types; for PATCH any"
            + " of the fields")
    record EndpointRequest(
            @JsonProperty("url") @Schema(description = "https://…; http:// only to localhost, 127.0.0.1 or [::1]",
                    example = "https://hooks.example.com/clientele") String url,
            @JsonProperty("description") @Schema(nullable = true, maxLength = 200) String description,
            @JsonProperty("event_types") @ArraySchema(schema = @Schema(description = "One of " + EVENT_TYPES))
            List<String> eventTypes,
            @JsonProperty("enabled") @Schema(defaultValue = "true") Boolean enabled) {

        static final List<String> FIELDS = List.of("url", "description", "event_types", "enabled");
    }
}
