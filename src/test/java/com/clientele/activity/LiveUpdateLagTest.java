package com.clientele.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.booking.BookingStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The live-update lag timer records, for each notification of open screens, how long its change waited. */
@IntegrationTest
class LiveUpdateLagTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Autowired
    TestData data;
    @Autowired
    LiveUpdates liveUpdates;
    @Autowired
    LiveUpdateSettings settings;
    @Autowired
    MeterRegistry meters;

    @Test
    void tellingAnOpenScreenRecordsTheLagFromTheChange() {
        TestProvider provider = data.newProvider();
        AtomicInteger told = new AtomicInteger();
        Runnable stop = data.as(provider, () -> liveUpdates.subscribe(told::incrementAndGet));
        Timer lag = meters.get(LiveUpdates.LAG).timer();
        long before = lag.count();
        try {
            data.book(provider, "Lars Lag", null, BookingStatus.COMPLETED, "35.00", 1);

            await().atMost(PATIENCE).until(() -> told.get() >= 1);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(lag.count() - before).isGreaterThanOrEqualTo(1));
            assertThat(lag.max(TimeUnit.MILLISECONDS)).as("at least the time changes are gathered for")
                    .isGreaterThanOrEqualTo(settings.delay().toMillis());
        } finally {
            stop.run();
        }
    }
}
