package com.clientele.customer;

import com.clientele.base.Sql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relations for the roll-over of last visit and next booking (booking.VisitRollover): a
 * scheduled job with no signed-in user, across providers, so it is not part of the role-checked
 * {@link CustomerDirectory}; no screen or endpoint reaches it.
 */
@Component
public class RolloverRelations {

    /** What falls due, with its index: the next booking starting, a booking leaving the reliability's window. */
    private static final List<String[]> DUE = List.of(new String[] {"next_booking_at", "ix_pc_next_due"},
            new String[] {"reliability_window_ends_at", "ix_pc_reliability_due"});

    private final JdbcClient jdbc;
    private final RelationFigures figures;

    RolloverRelations(JdbcClient jdbc, RelationFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /**
     * Locks up to {@code limit} relations whose stored next booking starts at or before
     * {@code now}, or whose earliest booking counted by the reliability leaves its window by then,
     * of any provider, skipping rows other transactions hold (those writers store
     * fresh figures themselves).
     *
     * @return provider id → customer ids of the relations now locked
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, List<Long>> lockDue(Instant now, int limit) {
        Map<Long, List<Long>> due = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        int left = limit;
        for (String[] column : DUE) {
            if (left <= 0) {
                break;
            }
            List<long[]> found = jdbc.sql("SELECT id, provider_id, customer_id FROM provider_customer FORCE INDEX ("
                            + column[1] + ") WHERE " + column[0] + " <= :now ORDER BY " + column[0]
                            + " LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .param("now", Sql.param(now)).param("limit", left)
                    .query((rs, row) -> new long[] {rs.getLong("id"), rs.getLong("provider_id"), rs.getLong("customer_id")})
                    .list();
            for (long[] relation : found) {
                if (seen.add(relation[0])) {
                    due.computeIfAbsent(relation[1], id -> new ArrayList<>()).add(relation[2]);
                    left--;
                }
            }
        }
        return due;
    }

    /** Stores the figures of relations {@link #lockDue} locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void store(long providerId, Collection<CustomerFigures> customerFigures) {
        figures.store(providerId, customerFigures);
    }
}
