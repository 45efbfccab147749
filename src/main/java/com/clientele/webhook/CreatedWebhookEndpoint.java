package com.clientele.webhook;

/** An endpoint with its new signing secret: the only time the secret is handed out. */
public record CreatedWebhookEndpoint(WebhookEndpoint endpoint, String secret) {
}
