package com.clientele.webhook;

import java.util.Locale;

/**
 * Why an attempt got no HTTP answer. Stored by name; screens read {@code webhook.attempt-error.<code>},
 * the API shows the code.
 */
public enum AttemptError {
    /** No answer within {@code app.webhooks.timeout}. */
    TIMEOUT,
    /** The host could not be reached (refused, reset, unknown host, TLS failure). */
    CONNECTION_FAILED,
    /** The host resolved to an address endpoints may not use (private, loopback, ...). */
    ADDRESS_NOT_ALLOWED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
