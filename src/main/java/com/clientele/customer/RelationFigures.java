package com.clientele.customer;

import com.clientele.base.Sql;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SPEC 3 figures of provider-customer relations, recomputed from bookings and reviews in one
 * statement. Writers call it under the relation's row lock, in the transaction that changed the
 * bookings, so the figures are never stale; the integrity check compares with the same query.
 */
@Component
class RelationFigures {

    private static final int CHUNK = 1_000;

    /** Figures per customer of one provider, as the bookings and reviews say they should be. */
    static final String EXPECTED = """
            SELECT pc.id AS relation_id,
                   COALESCE(b.total, 0) AS total_bookings,
                   COALESCE(b.completed, 0) AS completed_bookings,
                   COALESCE(b.cancelled, 0) AS cancelled_count,
                   COALESCE(b.no_show, 0) AS no_show_count,
                   COALESCE(b.spent, 0) AS total_spent,
                   b.first_at AS first_booking_at,
                   b.last_at AS last_booking_at,
                   COALESCE(r.rating_sum, 0) AS rating_sum,
                   COALESCE(r.rating_count, 0) AS rating_count
            FROM provider_customer pc
            LEFT JOIN (SELECT customer_id,
                              SUM(status <> 'CANCELLED') AS total,
                              SUM(status = 'COMPLETED') AS completed,
                              SUM(status = 'CANCELLED') AS cancelled,
                              SUM(status = 'NO_SHOW') AS no_show,
                              SUM(CASE WHEN status = 'COMPLETED' THEN price ELSE 0 END) AS spent,
                              MIN(CASE WHEN status <> 'CANCELLED' THEN starts_at END) AS first_at,
                              MAX(CASE WHEN status <> 'CANCELLED' THEN starts_at END) AS last_at
                       FROM booking WHERE provider_id = :provider AND customer_id IN (:customers)
                       GROUP BY customer_id) b ON b.customer_id = pc.customer_id
            LEFT JOIN (SELECT customer_id, SUM(rating) AS rating_sum, COUNT(*) AS rating_count
                       FROM review WHERE provider_id = :provider AND customer_id IN (:customers)
                       GROUP BY customer_id) r ON r.customer_id = pc.customer_id
            WHERE pc.provider_id = :provider AND pc.customer_id IN (:customers)
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    RelationFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void recompute(long providerId, Collection<Long> customerIds) {
        for (List<Long> chunk : chunks(customerIds)) {
            jdbc.sql("UPDATE provider_customer pc JOIN (" + EXPECTED + ") e ON e.relation_id = pc.id SET"
                            + " pc.total_bookings = e.total_bookings,"
                            + " pc.completed_bookings = e.completed_bookings,"
                            + " pc.cancelled_count = e.cancelled_count,"
                            + " pc.no_show_count = e.no_show_count,"
                            + " pc.total_spent = e.total_spent,"
                            + " pc.first_booking_at = e.first_booking_at,"
                            + " pc.last_booking_at = e.last_booking_at,"
                            + " pc.rating_sum = e.rating_sum,"
                            + " pc.rating_count = e.rating_count,"
                            + " pc.updated_at = :now")
                    .param("provider", providerId)
                    .param("customers", chunk)
                    .param("now", Sql.param(clock.instant()))
                    .update();
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
