package com.clientele.booking;

import com.clientele.activity.CustomerDataChanged;
import com.clientele.customer.RolloverRelations;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the last visit and next booking on as time passes (SPEC 3): a relation's next booking whose
 * start has passed becomes its last visit, and the booking after it (if any) its next booking.
 *
 * <p>Every minute it recomputes, with {@link BookingFigures} (the one definition of the figures),
 * the relations whose stored next booking is no longer in the future, a thousand per transaction,
 * under their row locks. Set-based and idempotent: the figures are a function of the bookings and
 * the instant, so running twice, or on several servers at once, gives the same result. Rows another
 * transaction holds (a booking being written, another server's run) are skipped: that writer
 * stores fresh figures itself.
 */
@Component
public class VisitRollover {

    private static final Logger log = LoggerFactory.getLogger(VisitRollover.class);
    static final int BATCH = 1_000;

    private final RolloverRelations customers;
    private final BookingFigures figures;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    VisitRollover(RolloverRelations customers, BookingFigures figures, TransactionTemplate transactions,
            ApplicationEventPublisher publisher, Clock clock) {
        this.customers = customers;
        this.figures = figures;
        this.transactions = transactions;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The scheduled run: rolls every due relation over at the current instant. */
    @Scheduled(fixedDelayString = "${app.customer-figures.rollover-every:60s}",
            initialDelayString = "${app.customer-figures.rollover-every:60s}")
    @SchedulerLock(name = "visit-rollover", lockAtLeastFor = "${app.customer-figures.rollover-every:60s}")
    public void rollOver() {
        rollOver(clock.instant());
    }

    /**
     * Recomputes the relations whose next booking starts at or before {@code now}.
     *
     * @return how many relations were recomputed
     */
    int rollOver(Instant now) {
        int total = 0;
        while (true) {
            Integer done = transactions.execute(status -> rollOverBatch(now));
            total += done == null ? 0 : done;
            if (done == null || done < BATCH) {
                break;
            }
        }
        if (total > 0) {
            log.debug("Moved the next booking on for {} customers", total);
        }
        return total;
    }

    private int rollOverBatch(Instant now) {
        int count = 0;
        for (Map.Entry<Long, List<Long>> provider : customers.lockDue(now, BATCH).entrySet()) {
            customers.store(provider.getKey(), figures.compute(provider.getKey(), provider.getValue(), now));
            publisher.publishEvent(CustomerDataChanged.now(provider.getKey()));
            count += provider.getValue().size();
        }
        return count;
    }
}
