package com.clientele.messaging;

import com.clientele.base.Emails;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMTP settings (environment: SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, MAIL_FROM, SMTP_STARTTLS)
 * and the delivery policy. Without a host there is no mail sender and messages stay queued.
 */
@ConfigurationProperties("app.mail")
record MailSettings(
        String host,
        @DefaultValue("587") int port,
        String username,
        String password,
        String from,
        @DefaultValue("true") boolean starttls,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("1m") Duration retryDelay) {

    boolean hasHost() {
        return host != null && !host.isBlank();
    }

    /** MAIL_FROM, else the SMTP user when that is an address; null when there is neither. */
    String fromAddress() {
        for (String candidate : new String[] {from, username}) {
            String address = Emails.normalise(candidate);
            if (Emails.isValid(address)) {
                return address;
            }
        }
        return null;
    }
}
