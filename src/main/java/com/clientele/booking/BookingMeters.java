package com.clientele.booking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code clientele.bookings.written}: bookings written by {@link BookingService}, by kind, counted
 * when the transaction commits, so that a write that is rolled back (a refused import, a conflict)
 * counts nothing.
 */
@Component
class BookingMeters {

    static final String WRITTEN = "clientele.bookings.written";

    /** What happened to the bookings; the tag value is the lower-case name. */
    enum Kind {
        /** one booking made (UI, API) */
        CREATED,
        /** a booking's status moved on (UI, API) */
        STATUS_CHANGED,
        /** the member who serves a booking was named (UI, API) */
        ASSIGNED,
        /** bookings an import created or moved on, each one */
        IMPORTED
    }

    private final Map<Kind, Counter> counters = new EnumMap<>(Kind.class);

    BookingMeters(MeterRegistry registry) {
        // every kind from the start, so that a rate over the first write is right
        for (Kind kind : Kind.values()) {
            counters.put(kind, Counter.builder(WRITTEN)
                    .description("Bookings written, by kind, counted when their transaction commits")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    void written(Kind kind, int bookings) {
        if (bookings <= 0) {
            return;
        }
        Counter counter = counters.get(kind);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment(bookings);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment(bookings);
            }
        });
    }
}
