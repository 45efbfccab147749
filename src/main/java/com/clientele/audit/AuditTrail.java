package com.clientele.audit;

import com.clientele.base.InvalidInputException;
import com.clientele.base.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log as admins read it: newest first, filtered in SQL. Read-only by design; nothing in
 * the application updates or deletes an entry.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditTrail {

    private static final int TEXT_MAX = 254;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> list(AuditFilter filter, Pageable pageable) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, occurred_at, actor, action, target, details, remote_address FROM audit_entry");
        Map<String, Object> params = where(filter, sql);
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset");
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        return jdbc.sql(sql.toString()).params(params).query(AuditTrail::record).list();
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM audit_entry");
        Map<String, Object> params = where(filter, sql);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static Map<String, Object> where(AuditFilter filter, StringBuilder sql) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (filter.action() != null) {
            conditions.add("action = :action");
            params.put("action", filter.action().name());
        }
        // Prefix matches use the (actor, occurred_at) and (target, occurred_at) indexes.
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add("actor LIKE :actor");
            params.put("actor", startsWith("actor", filter.actor()));
        }
        if (filter.target() != null && !filter.target().isBlank()) {
            conditions.add("target LIKE :target");
            params.put("target", startsWith("target", filter.target()));
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Sql.param(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", Sql.param(filter.to()));
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidInputException("to", "audit.error.period.end-before-start");
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        return params;
    }

    private static String startsWith(String field, String text) {
        String value = text.strip();
        if (value.length() > TEXT_MAX) {
            throw new InvalidInputException(field, "error.text.too-long", TEXT_MAX);
        }
        String pattern = Sql.containsPattern(value);
        return pattern.substring(1); // drop the leading %: starts with
    }

    private static AuditRecord record(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("id"), Sql.instant(rs, "occurred_at"), rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("target"), rs.getString("details"),
                rs.getString("remote_address"));
    }
}
