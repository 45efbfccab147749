package com.clientele.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the relations and the stored provider totals hold, for the data integrity check: the
 * relations' figures (compared by the booking module with its bookings and reviews) and the
 * providers and staff members whose stored totals disagree with their relations (checked here, as
 * both are this module's). Admins only.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class StoredFigures {

    private static final String STORED_PREFIX = "stored_";

    private final JdbcClient jdbc;
    private final RelationFigures figures;

    StoredFigures(JdbcClient jdbc, RelationFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /** Every provider with at least one customer, in id order. */
    @Transactional(readOnly = true)
    public List<Long> providerIds() {
        return jdbc.sql("SELECT DISTINCT provider_id FROM provider_customer ORDER BY provider_id")
                .query(Long.class).list();
    }

    /** The figures every relation of one provider holds, by customer id, in relation id order. */
    @Transactional(readOnly = true)
    public Map<Long, StoredRelationFigures> ofProvider(long providerId) {
        return figures.stored(providerId);
    }

    /**
     * Providers (all, or the one given) whose stored totals differ from the sums over their relations,
     * then those where a staff member's stored totals differ from the sums over the member's rows of
     * {@code staff_customer} (each figure named with the member).
     */
    @Transactional(readOnly = true)
    public List<TotalsMismatch> totalsMismatches(@Nullable Long providerId) {
        List<TotalsMismatch> mismatches = new ArrayList<>(mismatches(
                totalsQuery("provider_customer_totals", "provider_customer", List.of("provider_id"), providerId != null),
                providerId, rs -> ""));
        mismatches.addAll(mismatches(totalsQuery("staff_customer_totals", "staff_customer",
                List.of("provider_id", "staff_member_id"), providerId != null), providerId,
                rs -> "staff member " + rs.getLong("staff_member_id") + ": "));
        return List.copyOf(mismatches);
    }

    private List<TotalsMismatch> mismatches(String sql, @Nullable Long providerId, Label label) {
        var statement = jdbc.sql(sql);
        if (providerId != null) {
            statement = statement.param("provider", providerId);
        }
        return statement.query((rs, row) -> totalsMismatch(rs, label.of(rs))).list();
    }

    /** The keys ({@code keys}) whose sums over {@code totals} differ from the figures over {@code source}. */
    static String totalsQuery(String totals, String source, List<String> keys, boolean oneProvider) {
        String scope = oneProvider ? " WHERE provider_id = :provider" : "";
        String key = String.join(", ", keys);
        String stored = CustomerTotals.COLUMNS.stream()
                .map(column -> "COALESCE(t." + column + ", 0) AS " + STORED_PREFIX + column)
                .collect(Collectors.joining(", "));
        String expected = CustomerTotals.COLUMNS.stream()
                .map(column -> "COALESCE(e." + column + ", 0) AS " + column)
                .collect(Collectors.joining(", "));
        String same = CustomerTotals.COLUMNS.stream()
                .map(column -> "COALESCE(t." + column + ", 0) = COALESCE(e." + column + ", 0)")
                .collect(Collectors.joining(" AND "));
        String joinT = keys.stream().map(k -> "t." + k + " = ids." + k).collect(Collectors.joining(" AND "));
        String joinE = keys.stream().map(k -> "e." + k + " = ids." + k).collect(Collectors.joining(" AND "));
        return "SELECT " + keys.stream().map(k -> "ids." + k).collect(Collectors.joining(", ")) + ", " + stored
                + ", " + expected
                + " FROM (SELECT " + key + " FROM " + source + scope
                + " UNION SELECT " + key + " FROM " + totals + scope + ") ids"
                + " LEFT JOIN (SELECT " + key + ", " + CustomerTotals.SUMS + " FROM " + totals + scope
                + " GROUP BY " + key + ") t ON " + joinT
                + " LEFT JOIN (SELECT " + key + ", " + CustomerTotals.EXPECTED + " FROM " + source + scope
                + " GROUP BY " + key + ") e ON " + joinE
                + " WHERE NOT (" + same + ") ORDER BY " + keys.stream().map(k -> "ids." + k)
                        .collect(Collectors.joining(", "));
    }

    @FunctionalInterface
    private interface Label {
        String of(ResultSet rs) throws SQLException;
    }

    private static TotalsMismatch totalsMismatch(ResultSet rs, String label) throws SQLException {
        List<FigureDifference> differences = new ArrayList<>();
        for (String column : CustomerTotals.COLUMNS) {
            long stored = rs.getLong(STORED_PREFIX + column);
            long expected = rs.getLong(column);
            if (stored != expected) {
                differences.add(new FigureDifference(label + column, String.valueOf(stored),
                        String.valueOf(expected)));
            }
        }
        return new TotalsMismatch(rs.getLong("provider_id"), List.copyOf(differences));
    }
}
