package com.clientele.messaging;

import com.clientele.base.Emails;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * SMTP settings (environment: SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, MAIL_FROM, SMTP_STARTTLS)
 * and the delivery policy ({@code app.mail.*}). Without a host there is no mail sender and messages
 * stay queued.
 *
 * @param host SMTP server; blank = no e-mail
 * @param port SMTP port; 465 = SMTPS, others STARTTLS when offered
 * @param username SMTP login, when the server wants one
 * @param password SMTP password
 * @param from sender address (falls back to the username when that is an address)
 * @param starttls whether to use STARTTLS when the server offers it
 * @param maxAttempts delivery attempts per message before it is FAILED
 * @param retryDelay pause after the first failed attempt; it doubles after each further one
 * @param retryPoll how often messages due for a retry are looked for ({@link MailDelivery#deliverDue()})
 */
@Validated
@ConfigurationProperties("app.mail")
record MailSettings(
        @Nullable String host,
        @Min(1) @Max(65_535) @DefaultValue("587") int port,
        @Nullable String username,
        @Nullable String password,
        @Nullable String from,
        @DefaultValue("true") boolean starttls,
        @Min(1) @DefaultValue("3") int maxAttempts,
        @DefaultValue("1m") Duration retryDelay,
        @DefaultValue("30s") Duration retryPoll) {

    @AssertTrue(message = "retry-delay must not be negative and retry-poll must be positive")
    boolean isRetryTimingValid() {
        return !retryDelay.isNegative() && retryPoll.isPositive();
    }

    boolean hasHost() {
        return host != null && !host.isBlank();
    }

    /** MAIL_FROM, else the SMTP user when that is an address; null when there is neither. */
    @Nullable String fromAddress() {
        for (String candidate : new String[] {from, username}) {
            String address = Emails.normalise(candidate);
            if (Emails.isValid(address)) {
                return address;
            }
        }
        return null;
    }
}
