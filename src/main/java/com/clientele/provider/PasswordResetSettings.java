package com.clientele.provider;

import jakarta.validation.constraints.AssertTrue;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Forgotten-password links ({@code app.security.password-reset.*}), made by {@link PasswordResets}.
 *
 * @param validity how long a link works after it was requested
 */
@Validated
@ConfigurationProperties("app.security.password-reset")
record PasswordResetSettings(@DefaultValue("1h") Duration validity) {

    @AssertTrue(message = "validity must be positive")
    boolean isValidityPositive() {
        return validity.isPositive();
    }
}
