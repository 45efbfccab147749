package com.clientele.webhook;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an owner sets for an endpoint when creating or changing it. */
public record WebhookEndpointRequest(@Nullable String url, @Nullable String description,
        @Nullable Set<WebhookEventType> eventTypes, boolean enabled) {

    /** The endpoint's current settings, to change some of them. */
    public static WebhookEndpointRequest of(WebhookEndpoint endpoint) {
        return new WebhookEndpointRequest(endpoint.url(), endpoint.description(), endpoint.eventTypes(),
                endpoint.enabled());
    }
}
