package com.clientele.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on forgotten-password requests ({@code app.security.reset-limit.*}): every request counts,
 * whether or not the address has an account. Over a limit the request form says how long to wait.
 *
 * @param perAddress requests one client address may make per {@code perAddressPeriod}
 * @param perEmail requests for one e-mail address per {@code perEmailPeriod}
 */
@Validated
@ConfigurationProperties("app.security.reset-limit")
record ResetLimitSettings(@Min(1) @DefaultValue("20") int perAddress,
        @DefaultValue("1h") Duration perAddressPeriod,
        @Min(1) @DefaultValue("5") int perEmail,
        @DefaultValue("1h") Duration perEmailPeriod) {

    @AssertTrue(message = "per-address-period and per-email-period must be positive")
    boolean isPeriodsPositive() {
        return perAddressPeriod.isPositive() && perEmailPeriod.isPositive();
    }
}
