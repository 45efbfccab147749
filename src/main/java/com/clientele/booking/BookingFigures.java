package com.clientele.booking;

import com.clientele.base.Chunks;
import com.clientele.base.Sql;
import com.clientele.customer.CustomerDirectory;
import com.clientele.customer.CustomerFigures;
import com.clientele.customer.Reliability;
import com.clientele.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SPEC 3 figures and the SPEC 11 reliability of a provider's customers, computed from their bookings and reviews: the one
 * definition used by every writer (through {@link #refresh}, under the relations' row locks, in
 * the transaction that changed the bookings) and by the integrity check ({@link FigureCheck}).
 * The customer module stores what this computes.
 */
@Service
public class BookingFigures {

    /**
     * A booking that counts against the reliability (SPEC 11): a cancellation made less than the
     * provider's cut-off before the start. Bookings created or imported as cancelled have no
     * cancellation time and are never late.
     */
    static final String LATE = "(status = 'CANCELLED' AND cancelled_at > starts_at - INTERVAL"
            + " COALESCE((SELECT late_cancellation_hours FROM no_show_setting WHERE provider_id = :provider), "
            + NoShowRules.DEFAULT_CUTOFF_HOURS + ") HOUR)";

    private static final String AGGREGATES = """
            SELECT b.customer_id, b.total, b.completed, b.cancelled, b.no_show, b.spent, b.first_at, b.last_at, b.next_at,
                   COALESCE(r.rating_sum, 0) AS rating_sum, COALESCE(r.rating_count, 0) AS rating_count,
                   b.attended_recent, b.no_show_recent, b.late_recent, b.earliest_counted
            FROM (SELECT customer_id,
                         SUM(status <> 'CANCELLED') AS total, SUM(status = 'COMPLETED') AS completed,
                         SUM(status = 'CANCELLED') AS cancelled, SUM(status = 'NO_SHOW') AS no_show,
                         SUM(CASE WHEN status = 'COMPLETED' THEN price ELSE 0 END) AS spent,
                         MIN(CASE WHEN status <> 'CANCELLED' THEN starts_at END) AS first_at,
                         MAX(CASE WHEN status <> 'CANCELLED' AND starts_at <= :now THEN starts_at END) AS last_at,
                         MIN(CASE WHEN status <> 'CANCELLED' AND starts_at > :now THEN starts_at END) AS next_at,
                         SUM(status = 'COMPLETED' AND starts_at > :windowStart) AS attended_recent,
                         SUM(status = 'NO_SHOW' AND starts_at > :windowStart) AS no_show_recent,
                         SUM(%2$s AND starts_at > :windowStart) AS late_recent,
                         MIN(CASE WHEN starts_at > :windowStart AND (status IN ('COMPLETED', 'NO_SHOW') OR %2$s)
                             THEN starts_at END) AS earliest_counted
                  FROM booking WHERE provider_id = :provider%1$s GROUP BY customer_id) b
            LEFT JOIN (SELECT customer_id, SUM(rating) AS rating_sum, COUNT(*) AS rating_count
                       FROM review WHERE provider_id = :provider%1$s GROUP BY customer_id) r
                   ON r.customer_id = b.customer_id""";

    private static final String OF_CUSTOMERS = AGGREGATES.formatted(" AND customer_id IN (:customers)", LATE);
    private static final String OF_PROVIDER = AGGREGATES.formatted("", LATE);

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final CustomerDirectory customers;
    private final Clock clock;

    BookingFigures(JdbcClient jdbc, CurrentUser currentUser, CustomerDirectory customers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.customers = customers;
        this.clock = clock;
    }

    /** Recomputes the figures of these customers of the current provider and stores them. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(Collection<Long> customerIds) {
        customers.storeFigures(compute(currentUser.providerId(), customerIds));
    }

    /** The figures of these customers of one provider; zeros for those without bookings. */
    List<CustomerFigures> compute(long providerId, Collection<Long> customerIds) {
        return compute(providerId, customerIds, clock.instant());
    }

    /**
     * The figures as they are at {@code now}: the last visit is the latest booking not cancelled
     * that has started by then, the next booking the earliest one after it.
     */
    List<CustomerFigures> compute(long providerId, Collection<Long> customerIds, Instant now) {
        List<CustomerFigures> figures = new ArrayList<>(customerIds.size());
        for (List<Long> chunk : Chunks.of(new LinkedHashSet<>(customerIds))) {
            Map<Long, CustomerFigures> found = new HashMap<>();
            jdbc.sql(OF_CUSTOMERS).param("provider", providerId).param("customers", chunk).param("now", Sql.param(now))
                    .param("windowStart", Sql.param(windowStart(now)))
                    .query((rs, row) -> found.put(rs.getLong("customer_id"), figures(rs))).list();
            chunk.forEach(id -> figures.add(found.getOrDefault(id, CustomerFigures.none(id))));
        }
        return figures;
    }

    /** The figures of every customer of one provider who has bookings, by customer id. */
    Map<Long, CustomerFigures> ofProvider(long providerId, Instant now) {
        Map<Long, CustomerFigures> figures = new HashMap<>();
        jdbc.sql(OF_PROVIDER).param("provider", providerId).param("now", Sql.param(now))
                .param("windowStart", Sql.param(windowStart(now)))
                .query((RowCallbackHandler) rs -> figures.put(rs.getLong("customer_id"), figures(rs)));
        return figures;
    }

    private static CustomerFigures figures(ResultSet rs) throws SQLException {
        return new CustomerFigures(rs.getLong("customer_id"), rs.getLong("total"), rs.getLong("completed"),
                rs.getLong("cancelled"), rs.getLong("no_show"), rs.getBigDecimal("spent"),
                Sql.instant(rs, "first_at"), Sql.instant(rs, "last_at"), Sql.instant(rs, "next_at"), rs.getLong("rating_sum"),
                rs.getLong("rating_count"), rs.getLong("attended_recent"), rs.getLong("no_show_recent"),
                rs.getLong("late_recent"), leavesWindow(Sql.instant(rs, "earliest_counted")));
    }

    /** The start of the reliability's window at {@code now}: bookings starting after it count. */
    public static Instant windowStart(Instant now) {
        return now.minus(Reliability.WINDOW);
    }

    /** When a booking counted by the reliability and starting at {@code startsAt} leaves its window. */
    public static @Nullable Instant leavesWindow(@Nullable Instant startsAt) {
        return startsAt == null ? null : startsAt.plus(Reliability.WINDOW);
    }
}
