package com.clientele.base;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in plain SQL. DATETIME columns hold UTC wall-clock time (as Hibernate writes them with
 * {@code hibernate.jdbc.time_zone=UTC}); these helpers keep JDBC code independent of the JVM zone.
 */
public final class Sql {

    private Sql() {
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    public static LocalDateTime param(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A LIKE pattern matching the text anywhere, with the user's % and _ taken literally. */
    public static String containsPattern(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
