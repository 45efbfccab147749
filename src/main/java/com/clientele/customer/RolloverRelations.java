package com.clientele.customer;

import com.clientele.base.Sql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final JdbcClient jdbc;
    private final RelationFigures figures;

    RolloverRelations(JdbcClient jdbc, RelationFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /**
     * Locks up to {@code limit} relations whose stored next booking starts at or before
     * {@code now}, of any provider, skipping rows other transactions hold (those writers store
     * fresh figures themselves).
     *
     * @return provider id → customer ids of the relations now locked
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, List<Long>> lockDue(Instant now, int limit) {
        Map<Long, List<Long>> due = new LinkedHashMap<>();
        jdbc.sql("SELECT provider_id, customer_id FROM provider_customer FORCE INDEX (ix_pc_next_due)"
                        + " WHERE next_booking_at <= :now ORDER BY next_booking_at LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("now", Sql.param(now)).param("limit", limit)
                .query((rs, row) -> due.computeIfAbsent(rs.getLong("provider_id"), id -> new ArrayList<>())
                        .add(rs.getLong("customer_id")))
                .list();
        return due;
    }

    /** Stores the figures of relations {@link #lockDue} locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void store(long providerId, Collection<CustomerFigures> customerFigures) {
        figures.store(providerId, customerFigures);
    }
}
