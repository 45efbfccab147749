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
 * whose stored figures disagree, and each provider whose stored totals (behind the stats) disagree
 * with its relations. Set-based, so it checks millions of bookings in one statement; for a whole
 * platform or one provider. Read-only: it reports, it repairs nothing.
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

    /** A provider whose stored totals ({@link CustomerTotals}) disagree with its relations. */
    public record TotalsMismatch(long providerId, List<Difference> differences) {

        public String describe() {
            return "totals of provider " + providerId + ": " + differences.stream()
                    .map(d -> d.figure() + " stored " + d.stored() + ", expected " + d.expected())
                    .collect(Collectors.joining("; "));
        }
    }

    /**
     * What a check found: how many relations it checked, how many disagree (the first
     * {@link #LISTED_MAX} of those listed, in relation id order), and the providers whose stored
     * totals disagree with their relations.
     */
    public record Report(Long providerId, long relationsChecked, long mismatchCount, List<Mismatch> mismatches,
            List<TotalsMismatch> totalsMismatches) {

        public boolean isClean() {
            return mismatchCount == 0 && totalsMismatches.isEmpty();
        }

        public String summary() {
            return (providerId == null ? "all providers" : "provider " + providerId) + ": " + relationsChecked
                    + " relations checked, " + mismatchCount + " with figures that disagree with their bookings and"
                    + " reviews; " + totalsMismatches.size() + " providers whose stored totals disagree";
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
        List<TotalsMismatch> totals = jdbc.sql(totalsQuery(providerId != null))
                .params(params(providerId))
                .query((rs, row) -> totalsMismatch(rs))
                .list();
        return new Report(providerId, relations, count[0], List.copyOf(listed), totals);
    }

    /** Providers whose stored totals differ from the sums over their relations' stored figures. */
    static String totalsQuery(boolean oneProvider) {
        String scope = oneProvider ? " WHERE provider_id = :provider" : "";
        String stored = CustomerTotals.COLUMNS.stream()
                .map(column -> "COALESCE(t." + column + ", 0) AS " + STORED_PREFIX + column)
                .collect(Collectors.joining(", "));
        String expected = CustomerTotals.COLUMNS.stream()
                .map(column -> "COALESCE(e." + column + ", 0) AS " + column)
                .collect(Collectors.joining(", "));
        String same = CustomerTotals.COLUMNS.stream()
                .map(column -> "COALESCE(t." + column + ", 0) = COALESCE(e." + column + ", 0)")
                .collect(Collectors.joining(" AND "));
        return "SELECT ids.provider_id, " + stored + ", " + expected
                + " FROM (SELECT provider_id FROM provider_customer" + scope
                + " UNION SELECT provider_id FROM provider_customer_totals" + scope + ") ids"
                + " LEFT JOIN (SELECT provider_id, " + CustomerTotals.SUMS + " FROM provider_customer_totals" + scope
                + " GROUP BY provider_id) t ON t.provider_id = ids.provider_id"
                + " LEFT JOIN (SELECT provider_id, " + CustomerTotals.EXPECTED + " FROM provider_customer" + scope
                + " GROUP BY provider_id) e ON e.provider_id = ids.provider_id"
                + " WHERE NOT (" + same + ") ORDER BY ids.provider_id";
    }

    private static TotalsMismatch totalsMismatch(ResultSet rs) throws SQLException {
        List<Difference> differences = new ArrayList<>();
        for (String column : CustomerTotals.COLUMNS) {
            long stored = rs.getLong(STORED_PREFIX + column);
            long expected = rs.getLong(column);
            if (stored != expected) {
                differences.add(new Difference(column, String.valueOf(stored), String.valueOf(expected)));
            }
        }
        return new TotalsMismatch(rs.getLong("provider_id"), List.copyOf(differences));
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
