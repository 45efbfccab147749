package com.clientele.provider;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in lock-out ({@code app.security.*}, SPEC §7), applied by {@link ProviderDirectory}.
 *
 * @param maxFailedLogins wrong passwords in a row that lock an account
 * @param lockTime how long a locked account stays locked
 */
@Validated
@ConfigurationProperties("app.security")
public record LockoutSettings(@Min(1) @DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockTime) {

    @AssertTrue(message = "must be positive")
    boolean isLockTimePositive() {
        return lockTime.isPositive();
    }
}
