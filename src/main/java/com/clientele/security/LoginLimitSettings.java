package com.clientele.security;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on unauthenticated traffic ({@code app.security.login-limit.*}); over them a sign-in or
 * a request with an unknown API token gets 429 with {@code Retry-After}.
 *
 * @param perAddress failed sign-ins one client address may make per {@code perAddressPeriod}
 * @param perAccount failed sign-ins on one account e-mail per {@code perAccountPeriod}
 * @param badTokensPerAddress requests with an unknown API token one address may send per {@code badTokenPeriod}
 */
@Validated
@ConfigurationProperties("app.security.login-limit")
record LoginLimitSettings(@Min(1) @DefaultValue("30") int perAddress,
        @DefaultValue("10m") Duration perAddressPeriod,
        @Min(1) @DefaultValue("20") int perAccount,
        @DefaultValue("15m") Duration perAccountPeriod,
        @Min(1) @DefaultValue("20") int badTokensPerAddress,
        @DefaultValue("1m") Duration badTokenPeriod) {
}
