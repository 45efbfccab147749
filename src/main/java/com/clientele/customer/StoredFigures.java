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
 * providers whose stored totals disagree with their relations (checked here, as both are this
 * module's). Admins only.
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

    /** Providers (all, or the one given) whose stored totals differ from the sums over their relations. */
    @Transactional(readOnly = true)
    public List<TotalsMismatch> totalsMismatches(@Nullable Long providerId) {
        var statement = jdbc.sql(totalsQuery(providerId != null));
        if (providerId != null) {
            statement = statement.param("provider", providerId);
        }
        return statement.query((rs, row) -> totalsMismatch(rs)).list();
    }

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
        List<FigureDifference> differences = new ArrayList<>();
        for (String column : CustomerTotals.COLUMNS) {
            long stored = rs.getLong(STORED_PREFIX + column);
            long expected = rs.getLong(column);
            if (stored != expected) {
                differences.add(new FigureDifference(column, String.valueOf(stored), String.valueOf(expected)));
            }
        }
        return new TotalsMismatch(rs.getLong("provider_id"), List.copyOf(differences));
    }
}
