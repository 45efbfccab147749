package com.clientele.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Instants in plain SQL. DATETIME columns hold UTC wall-clock time (as Hibernate writes them with
 * {@code hibernate.jdbc.time_zone=UTC}); these helpers keep JDBC code independent of the JVM zone.
 */
public final class Sql {

    private Sql() {
    }

    public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    public static @Nullable LocalDateTime param(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** An SQL condition with its named parameters. */
    public record Condition(String sql, Map<String, Object> params) {
    }

    /**
     * Substring search over a search column (name, e-mail and phone digits, see
     * {@link Phones#indexDigits}): the term as typed, and a phone-like term also as its digits.
     */
    public static Condition search(String column, String term, String param) {
        String digits = Phones.searchDigits(term);
        if (digits == null) {
            return new Condition(column + " LIKE :" + param, Map.of(param, containsPattern(term)));
        }
        return new Condition("(" + column + " LIKE :" + param + " OR " + column + " LIKE :" + param + "Digits)",
                Map.of(param, containsPattern(term), param + "Digits", containsPattern(digits)));
    }

    /**
     * {@link #search} over a key column in {@link SearchKey} form (a binary string: a byte search,
     * much faster than a collation-aware LIKE): the term is folded the same way, so the search
     * still ignores case and accents.
     */
    public static Condition keySearch(String keyColumn, String term, String param) {
        return search(keyColumn, SearchKey.of(term), param);
    }

    /**
     * A staff member's "own customers" (SPEC §10): the customers with at least one booking assigned
     * to the member, past or future. The one definition every list, count, stat and feed uses: it
     * names the customer module's view {@code served_customer} (changeset 0022), one row per member
     * and customer they served, which MariaDB merges into the query, so the probe is one lookup in
     * a unique key and nothing is filtered row by row in Java.
     *
     * @param providerColumn the outer query's provider id column, e.g. {@code a.provider_id}
     * @param customerColumn the outer query's customer id column, e.g. {@code a.customer_id}
     */
    public static Condition servedBy(String providerColumn, String customerColumn, long memberId) {
        return served(providerColumn, "customer_id", customerColumn, memberId);
    }

    /**
     * {@link #servedBy} for a query of relations by their id ({@code pc.id}): every index of the
     * relation table holds the id, so a scan of one probes without reading the rows.
     */
    public static Condition servedRelation(String providerColumn, String relationColumn, long memberId) {
        return served(providerColumn, "relation_id", relationColumn, memberId);
    }

    private static Condition served(String providerColumn, String key, String keyColumn, long memberId) {
        return new Condition("EXISTS (SELECT 1 FROM served_customer sb WHERE sb.provider_id = " + providerColumn
                + " AND sb.staff_member_id = :servedBy AND sb." + key + " = " + keyColumn + ")",
                Map.of("servedBy", memberId));
    }

    /** A LIKE pattern matching the text anywhere, with the user's % and _ taken literally. */
    public static String containsPattern(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
