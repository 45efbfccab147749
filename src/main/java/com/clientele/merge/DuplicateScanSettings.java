package com.clientele.merge;

import jakarta.validation.constraints.AssertTrue;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The scan of businesses never compared for duplicates ({@code app.duplicates.*}). {@link DuplicateScan}
 * reads the same keys in its {@code @Scheduled} expressions; this record checks them at start-up.
 *
 * @param scanEvery how often the scan looks for businesses not compared yet
 * @param scanAfter how long after a start it first looks
 */
@Validated
@ConfigurationProperties("app.duplicates")
record DuplicateScanSettings(@DefaultValue("5m") Duration scanEvery, @DefaultValue("20s") Duration scanAfter) {

    @AssertTrue(message = "must be at least one second")
    boolean isScanEveryAtLeastASecond() {
        return scanEvery.compareTo(Duration.ofSeconds(1)) >= 0;
    }
}
