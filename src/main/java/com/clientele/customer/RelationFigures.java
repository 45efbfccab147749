package com.clientele.customer;

import com.clientele.base.Chunks;
import com.clientele.base.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores and reads the SPEC 3 figures of provider-customer relations. The booking module computes
 * them from bookings and reviews under the relation's row lock, in the transaction that changed
 * those, and hands them over through {@link CustomerDirectory#storeFigures}: the figures are never
 * stale, and only this module writes its table.
 */
@Component
class RelationFigures {

    private static final String UPDATE = "UPDATE provider_customer SET "
            + CustomerFigures.COLUMNS.stream().map(column -> column + " = ?").collect(Collectors.joining(", "))
            + ", updated_at = ? WHERE provider_id = ? AND customer_id = ?";

    private static final String STORED = "SELECT id, customer_id, " + String.join(", ", CustomerFigures.COLUMNS)
            + " FROM provider_customer WHERE provider_id = :provider ORDER BY id";

    private final JdbcTemplate batchJdbc;
    private final JdbcClient jdbc;
    private final Clock clock;

    RelationFigures(JdbcTemplate batchJdbc, JdbcClient jdbc, Clock clock) {
        this.batchJdbc = batchJdbc;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void store(long providerId, Collection<CustomerFigures> figures) {
        LocalDateTime now = Sql.param(clock.instant());
        for (List<CustomerFigures> chunk : Chunks.of(figures)) {
            List<Object[]> rows = new ArrayList<>(chunk.size());
            for (CustomerFigures relation : chunk) {
                List<@Nullable Object> row = new ArrayList<>(relation.byColumn().values().stream()
                        .map(RelationFigures::param).toList());
                row.add(now);
                row.add(providerId);
                row.add(relation.customerId());
                rows.add(row.toArray());
            }
            if (rows.size() == 1) {
                batchJdbc.update(UPDATE, rows.getFirst());
            } else {
                batchJdbc.batchUpdate(UPDATE, rows);
            }
        }
    }

    /** What every relation of one provider holds, by customer id, in relation id order. */
    Map<Long, StoredRelationFigures> stored(long providerId) {
        Map<Long, StoredRelationFigures> stored = new LinkedHashMap<>();
        jdbc.sql(STORED).param("provider", providerId).query((RowCallbackHandler) rs -> {
            StoredRelationFigures relation = new StoredRelationFigures(rs.getLong("id"), figures(rs));
            stored.put(relation.figures().customerId(), relation);
        });
        return stored;
    }

    private static CustomerFigures figures(ResultSet rs) throws SQLException {
        return new CustomerFigures(rs.getLong("customer_id"), rs.getLong("total_bookings"),
                rs.getLong("completed_bookings"), rs.getLong("cancelled_count"), rs.getLong("no_show_count"),
                rs.getBigDecimal("total_spent"), Sql.instant(rs, "first_booking_at"),
                Sql.instant(rs, "last_booking_at"), Sql.instant(rs, "next_booking_at"), rs.getLong("rating_sum"),
                rs.getLong("rating_count"), rs.getLong("attended_recent"), rs.getLong("no_show_recent"),
                rs.getLong("late_cancellation_count"), Sql.instant(rs, "reliability_window_ends_at"));
    }

    private static @Nullable Object param(@Nullable Object value) {
        return value instanceof Instant instant ? Sql.param(instant) : value;
    }
}
