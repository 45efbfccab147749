package com.clientele.security;

import jakarta.validation.constraints.AssertTrue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may read {@code /actuator/prometheus} besides signed-in admins ({@code app.metrics.*}).
 *
 * @param token the bearer token a Prometheus server sends ({@code METRICS_TOKEN}); blank turns token
 *        access off
 */
@Validated
@ConfigurationProperties("app.metrics")
record MetricsSettings(@DefaultValue("") String token) {

    static final int MIN_TOKEN_LENGTH = 20;

    boolean tokenAccess() {
        return !token.isBlank();
    }

    @AssertTrue(message = "must be blank (no token access) or at least 20 characters, so that it cannot be guessed")
    boolean isTokenLongEnough() {
        return token.isBlank() || token.strip().length() >= MIN_TOKEN_LENGTH;
    }
}
