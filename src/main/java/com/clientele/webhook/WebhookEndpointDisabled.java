package com.clientele.webhook;

import java.time.Instant;

/**
 * Published when the application disabled an endpoint that kept failing ({@code app.webhooks.disable-after}),
 * in that transaction: the business's owners are told by e-mail ({@code messaging.AccountMail}).
 *
 * @param failingSince the first failed attempt after the endpoint's last success
 */
public record WebhookEndpointDisabled(long providerId, long endpointId, String url, Instant failingSince) {
}
