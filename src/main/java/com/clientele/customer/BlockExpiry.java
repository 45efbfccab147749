package com.clientele.customer;

import com.clientele.activity.ActivityLog;
import com.clientele.activity.ActivitySubject;
import com.clientele.activity.ActivitySummary;
import com.clientele.activity.ActivityType;
import com.clientele.base.HistoryClock;
import com.clientele.base.Sql;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lifts blocks whose end has come (SPEC 11): the customer is bookable again and the status follows
 * (it is generated from the block). A status that needs no job cannot be had here: MariaDB does not
 * allow the current time in a generated column, and the status must stay an indexed column for
 * the list's filter and counts. So a scheduled job runs every {@code app.blocks.expiry-every}
 * (30 s), on one server of a cluster at a time (ShedLock on MariaDB, like every job), and lifts up
 * to {@value #BATCH} blocks per transaction, found through {@code ix_pc_block_due}. Each lift is an
 * "Unblocked" event on the customer's timeline by "system", which live screens and the
 * {@code customer.unblocked} webhooks hear about. Rows another transaction holds (a provider
 * changing that customer) are left for the next run.
 */
@Component
class BlockExpiry {

    private static final Logger log = LoggerFactory.getLogger(BlockExpiry.class);
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final ActivityLog activityLog;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BlockExpiry(JdbcClient jdbc, ActivityLog activityLog, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.activityLog = activityLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.blocks.expiry-every:30s}", initialDelayString = "${app.blocks.expiry-every:30s}")
    @SchedulerLock(name = "block-expiry", lockAtLeastFor = "PT5S")
    public void liftEnded() {
        liftEnded(clock.instant());
    }

    /** Lifts every block that ends at or before {@code now}; how many it lifted. */
    int liftEnded(Instant now) {
        int total = 0;
        while (true) {
            Integer done = transactions.execute(status -> liftBatch(now));
            total += done == null ? 0 : done;
            if (done == null || done < BATCH) {
                break;
            }
        }
        if (total > 0) {
            log.info("Lifted {} blocks that ended", total);
        }
        return total;
    }

    private record Due(long relationId, long providerId, long customerId, Instant until) {
    }

    private int liftBatch(Instant now) {
        List<Due> due = jdbc.sql("SELECT id, provider_id, customer_id, blocked_until FROM provider_customer"
                        + " FORCE INDEX (ix_pc_block_due)"
                        + " WHERE blocked_until <= :now ORDER BY blocked_until LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("now", Sql.param(now)).param("limit", BATCH)
                .query((rs, row) -> new Due(rs.getLong("id"), rs.getLong("provider_id"), rs.getLong("customer_id"),
                        Sql.instant(rs, "blocked_until")))
                .list();
        if (due.isEmpty()) {
            return 0;
        }
        jdbc.sql("UPDATE provider_customer SET blocked = FALSE, blocked_reason = NULL, blocked_at = NULL,"
                        + " blocked_until = NULL, updated_at = :now, version = version + 1 WHERE id IN (:ids)")
                .param("now", Sql.param(clock.instant())).param("ids", due.stream().map(Due::relationId).toList())
                .update();
        for (Due relation : due) {
            // dated when the block ended, not when this run noticed
            HistoryClock.asOf(relation.until(), () -> {
                activityLog.recordBySystem(relation.providerId(),
                        ActivitySubject.customer(relation.customerId(), relation.relationId()), ActivityType.UNBLOCKED,
                        ActivitySummary.of("activity.block.ended"));
                return relation;
            });
        }
        return due.size();
    }
}
