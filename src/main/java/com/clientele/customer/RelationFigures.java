package com.clientele.customer;

import com.clientele.base.Sql;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    /** The SPEC 3 figures of a group of bookings; {@link FigureCheck} uses the same definition. */
    static final String BOOKING_AGGREGATES = """
            SUM(status <> 'CANCELLED') AS total, SUM(status = 'COMPLETED') AS completed,
            SUM(status = 'CANCELLED') AS cancelled, SUM(status = 'NO_SHOW') AS no_show,
            SUM(CASE WHEN status = 'COMPLETED' THEN price ELSE 0 END) AS spent,
            MIN(CASE WHEN status <> 'CANCELLED' THEN starts_at END) AS first_at,
            MAX(CASE WHEN status <> 'CANCELLED' THEN starts_at END) AS last_at""";

    /** The rating figures of a group of reviews. */
    static final String REVIEW_AGGREGATES = "SUM(rating) AS rating_sum, COUNT(*) AS rating_count";

    /**
     * Each stored figure and its definition over the aggregates {@code b} (bookings) and {@code r}
     * (reviews) of one relation; a relation without bookings or reviews has zeros and no dates.
     */
    static final Map<String, String> FIGURES = figures();

    static final String EXPECTED_COLUMNS = FIGURES.entrySet().stream()
            .map(figure -> figure.getValue() + " AS " + figure.getKey())
            .collect(Collectors.joining(", "));

    private static final String ASSIGNMENTS = FIGURES.keySet().stream()
            .map(column -> "pc." + column + " = e." + column)
            .collect(Collectors.joining(", "));

    /** Figures per customer of one provider, as the bookings and reviews say they should be. */
    static final String EXPECTED = "SELECT pc.id AS relation_id, " + EXPECTED_COLUMNS
            + " FROM provider_customer pc"
            + " LEFT JOIN (SELECT customer_id, " + BOOKING_AGGREGATES
            + " FROM booking WHERE provider_id = :provider AND customer_id IN (:customers)"
            + " GROUP BY customer_id) b ON b.customer_id = pc.customer_id"
            + " LEFT JOIN (SELECT customer_id, " + REVIEW_AGGREGATES
            + " FROM review WHERE provider_id = :provider AND customer_id IN (:customers)"
            + " GROUP BY customer_id) r ON r.customer_id = pc.customer_id"
            + " WHERE pc.provider_id = :provider AND pc.customer_id IN (:customers)";

    private final JdbcClient jdbc;
    private final Clock clock;

    RelationFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void recompute(long providerId, Collection<Long> customerIds) {
        for (List<Long> chunk : chunks(customerIds)) {
            jdbc.sql("UPDATE provider_customer pc JOIN (" + EXPECTED + ") e ON e.relation_id = pc.id SET " + ASSIGNMENTS
                            + ", pc.updated_at = :now")
                    .param("provider", providerId)
                    .param("customers", chunk)
                    .param("now", Sql.param(clock.instant()))
                    .update();
        }
    }

    private static Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("total_bookings", "COALESCE(b.total, 0)");
        figures.put("completed_bookings", "COALESCE(b.completed, 0)");
        figures.put("cancelled_count", "COALESCE(b.cancelled, 0)");
        figures.put("no_show_count", "COALESCE(b.no_show, 0)");
        figures.put("total_spent", "COALESCE(b.spent, 0)");
        figures.put("first_booking_at", "b.first_at");
        figures.put("last_booking_at", "b.last_at");
        figures.put("rating_sum", "COALESCE(r.rating_sum, 0)");
        figures.put("rating_count", "COALESCE(r.rating_count, 0)");
        return Collections.unmodifiableMap(figures);
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
