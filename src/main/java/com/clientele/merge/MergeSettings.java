package com.clientele.merge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Merges ({@code app.merges.*}, SPEC 12).
 *
 * @param undoDays how many days a merge can be undone
 */
@Validated
@ConfigurationProperties("app.merges")
record MergeSettings(@DefaultValue("30") @Min(1) @Max(365) int undoDays) {

    Duration undoWindow() {
        return Duration.ofDays(undoDays);
    }
}
