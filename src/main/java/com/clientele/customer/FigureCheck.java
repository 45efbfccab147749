package com.clientele.customer;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data integrity check of the SPEC 3 figures: recomputes every relation's figures from its
 * bookings and reviews in SQL (the same definitions the writers use) and reports each relation
 * whose stored figures disagree. Set-based, so it checks millions of bookings in one statement;
 * for a whole platform or one provider. Read-only: it reports, it repairs nothing.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class FigureCheck {

    /** At most this many disagreeing relations are listed; all of them are counted. */
    public static final int LISTED_MAX = 1_000;

    private static final String STORED_PREFIX = "stored_";

    private final JdbcClient jdbc;

    FigureCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One figure of one relation that disagrees with its bookings and reviews. */
    public record Difference(String figure, String stored, String expected) {
    }

    /** A relation with at least one disagreeing figure. */
    public record Mismatch(long relationId, long providerId, long customerId, List<Difference> differences) {

        public String describe() {
            return "relation " + relationId + " (provider " + providerId + ", customer " + customerId + "): "
                    + differences.stream().map(d -> d.figure() + " stored " + d.stored() + ", expected " + d.expected())
                            .collect(Collectors.joining("; "));
        }
    }

    /**
     * What a check found: how many relations it checked, how many disagree, and the first
     * {@link #LISTED_MAX} of those in relation id order.
     */
    public record Report(Long providerId, long relationsChecked, long mismatchCount, List<Mismatch> mismatches) {

        public boolean isClean() {
            return mismatchCount == 0;
        }

        public String summary() {
            return (providerId == null ? "all providers" : "provider " + providerId) + ": " + relationsChecked
                    + " relations checked, " + mismatchCount + " with figures that disagree with their bookings and reviews";
        }
    }

    /** Checks every relation of every provider. */
    @Transactional(readOnly = true)
    public Report checkAll() {
        return check(null);
    }

    /** Checks every relation of one provider. */
    @Transactional(readOnly = true)
    public Report checkProvider(long providerId) {
        return check(providerId);
    }

    private Report check(Long providerId) {
        String scope = providerId == null ? "" : " WHERE provider_id = :provider";
        long relations = jdbc.sql("SELECT COUNT(*) FROM provider_customer" + scope)
                .params(params(providerId))
                .query(Long.class)
                .single();
        List<Mismatch> listed = new ArrayList<>();
        long[] count = {0};
        jdbc.sql(mismatchQuery(providerId != null))
                .params(params(providerId))
                .query((RowCallbackHandler) rs -> {
                    count[0]++;
                    if (listed.size() < LISTED_MAX) {
                        listed.add(mismatch(rs));
                    }
                });
        return new Report(providerId, relations, count[0], List.copyOf(listed));
    }

    private static Map<String, Object> params(Long providerId) {
        return providerId == null ? Map.of() : Map.of("provider", providerId);
    }

    /**
     * Relations whose stored figures differ from their recomputation; {@code <=>} compares nulls
     * (no first booking) as equal. Grouping bookings per relation over the whole table is one scan.
     */
    static String mismatchQuery(boolean oneProvider) {
        String scope = oneProvider ? " WHERE provider_id = :provider" : "";
        String stored = RelationFigures.FIGURES.keySet().stream()
                .map(column -> "pc." + column + " AS " + STORED_PREFIX + column)
                .collect(Collectors.joining(", "));
        String differs = RelationFigures.FIGURES.entrySet().stream()
                .map(figure -> "pc." + figure.getKey() + " <=> " + figure.getValue())
                .collect(Collectors.joining(" AND "));
        return "SELECT pc.id, pc.provider_id, pc.customer_id, " + stored + ", " + RelationFigures.EXPECTED_COLUMNS
                + " FROM provider_customer pc"
                + " LEFT JOIN (SELECT provider_id, customer_id, " + RelationFigures.BOOKING_AGGREGATES
                + " FROM booking" + scope + " GROUP BY provider_id, customer_id) b"
                + " ON b.provider_id = pc.provider_id AND b.customer_id = pc.customer_id"
                + " LEFT JOIN (SELECT provider_id, customer_id, " + RelationFigures.REVIEW_AGGREGATES
                + " FROM review" + scope + " GROUP BY provider_id, customer_id) r"
                + " ON r.provider_id = pc.provider_id AND r.customer_id = pc.customer_id"
                + (oneProvider ? " WHERE pc.provider_id = :provider AND" : " WHERE")
                + " NOT (" + differs + ")"
                + " ORDER BY pc.id";
    }

    private static Mismatch mismatch(ResultSet rs) throws SQLException {
        List<Difference> differences = new ArrayList<>();
        for (String column : RelationFigures.FIGURES.keySet()) {
            Object stored = rs.getObject(STORED_PREFIX + column);
            Object expected = rs.getObject(column);
            if (!same(stored, expected)) {
                differences.add(new Difference(column, text(stored), text(expected)));
            }
        }
        return new Mismatch(rs.getLong("id"), rs.getLong("provider_id"), rs.getLong("customer_id"),
                List.copyOf(differences));
    }

    private static boolean same(Object stored, Object expected) {
        if (stored instanceof BigDecimal a && expected instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        if (stored instanceof Number a && expected instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return Objects.equals(stored, expected);
    }

    private static String text(Object value) {
        return value == null ? "none" : value.toString();
    }
}
