package com.clientele.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The application's clock (UTC), which the thread writing history may set back to the time that
 * history happened. The demo data's eighteen months are written through the same services as live
 * writes, so every rule and figure holds; with this clock each booking, review, block and timeline
 * entry also gets the time it stands for, instead of all bearing the minute the demo was made (the
 * recent activity would list hundreds of "Booking created 4 min ago" in the order they were written).
 *
 * <p>Only ever back, and only on the calling thread: other threads (requests, scheduled jobs) see
 * the real time, and a rule that compares with "now" (a booking in the future cannot be completed)
 * is checked against the earlier time, never a later one.
 */
public final class HistoryClock extends Clock {

    private static final ThreadLocal<@Nullable Instant> AS_OF = new ThreadLocal<>();

    private final Clock system;

    HistoryClock(Clock system) {
        this.system = system;
    }

    /**
     * Runs {@code work} on this thread with the clock showing {@code instant}.
     *
     * @throws IllegalArgumentException when {@code instant} is in the future
     */
    public static <T> T asOf(Instant instant, Supplier<T> work) {
        if (instant.isAfter(Instant.now())) {
            throw new IllegalArgumentException("History cannot be written in the future: " + instant);
        }
        Instant before = AS_OF.get();
        AS_OF.set(instant);
        try {
            return work.get();
        } finally {
            if (before == null) {
                AS_OF.remove();
            } else {
                AS_OF.set(before);
            }
        }
    }

    /** {@link #asOf(Instant, Supplier)} for work without a result. */
    public static void asOf(Instant instant, Runnable work) {
        asOf(instant, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public Instant instant() {
        Instant asOf = AS_OF.get();
        return asOf != null ? asOf : system.instant();
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        HistoryClock history = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return history.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return history.withZone(other);
            }
        };
    }
}
