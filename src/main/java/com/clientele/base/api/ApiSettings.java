package com.clientele.base.api;

import jakarta.validation.constraints.AssertTrue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the REST API ({@code app.api.*}) applied to every request under {@code /api/}. (The rate
 * limit, {@code app.api.rate-limit.*}, belongs to the security module.)
 *
 * @param maxBodySize the largest request body accepted; larger ones are a 413 problem
 */
@Validated
@ConfigurationProperties("app.api")
record ApiSettings(@DefaultValue("256KB") DataSize maxBodySize) {

    @AssertTrue(message = "must be positive")
    boolean isMaxBodySizePositive() {
        return maxBodySize.toBytes() > 0;
    }
}
