package com.clientele.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The API's rate limit per token ({@code app.api.rate-limit.*}); over it a request gets 429 with
 * {@code Retry-After}.
 *
 * @param perSecond requests a second a token may make on average
 * @param burst requests a token may make at once after a pause
 */
@Validated
@ConfigurationProperties("app.api.rate-limit")
record RateLimitSettings(@Positive @DefaultValue("20") double perSecond, @Min(1) @DefaultValue("40") int burst) {
}
