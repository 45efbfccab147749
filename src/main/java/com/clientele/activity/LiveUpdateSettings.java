package com.clientele.activity;

import jakarta.validation.constraints.AssertTrue;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How open screens learn about changes ({@code app.live-updates.*}).
 *
 * @param delay how long changes are gathered before a provider's screens are told once; keeps a burst
 *        of writes (an import) from refreshing screens for every row
 */
@Validated
@ConfigurationProperties("app.live-updates")
record LiveUpdateSettings(@DefaultValue("300ms") Duration delay) {

    @AssertTrue(message = "must be between 0 and 2 seconds: screens promise to show a change within about a second")
    boolean isDelayWithinTwoSeconds() {
        return !delay.isNegative() && delay.compareTo(Duration.ofSeconds(2)) <= 0;
    }
}
