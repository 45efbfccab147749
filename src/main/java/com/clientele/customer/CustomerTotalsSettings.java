package com.clientele.customer;

import jakarta.validation.constraints.AssertTrue;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The stored stats totals ({@code app.customer-totals.*}). {@link CustomerTotals#fold()} reads the
 * same key in its {@code @Scheduled} expression; this record checks the value at start-up.
 *
 * @param foldEvery how often each provider's rows of total changes are folded into one
 */
@Validated
@ConfigurationProperties("app.customer-totals")
record CustomerTotalsSettings(@DefaultValue("60s") Duration foldEvery) {

    @AssertTrue(message = "must be at least one second")
    boolean isFoldEveryAtLeastASecond() {
        return foldEvery.compareTo(Duration.ofSeconds(1)) >= 0;
    }
}
