package com.clientele.base.api;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where links sent out of the application (e-mails) point: {@code app.public-url}. Such a link is
 * made without a request, and never from a request's {@code Host} header, which the sender of the
 * request chooses. Without a public URL it is this machine's own address,
 * {@code http://localhost:<port>}, which serves development and nothing else.
 */
@Component
public class PublicAddress {

    private final @Nullable String publicUrl;
    private final Environment environment;

    PublicAddress(PublicAddressSettings settings, Environment environment) {
        this.publicUrl = settings.publicUrl() == null || settings.publicUrl().isBlank() ? null
                : ApiLinks.origin(settings.publicUrl().strip());
        this.environment = environment;
    }

    /** Whether {@code app.public-url} is set; without it links only work on this machine. */
    public boolean isConfigured() {
        return publicUrl != null;
    }

    /** The origin links start with, e.g. {@code https://clientele.example.com}, without a trailing slash. */
    public String origin() {
        if (publicUrl != null) {
            return publicUrl;
        }
        // the port the server really listens on (server.port=0 picks one at start)
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }
}
