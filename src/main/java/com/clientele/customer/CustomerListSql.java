package com.clientele.customer;

import com.clientele.base.Sql;
import java.util.HashMap;
import java.util.Map;

/** The SQL shared by the customer list, its count and its CSV export, so all three agree. */
final class CustomerListSql {

    static final String ROW_COLUMNS = """
            pc.id, pc.customer_id, pc.name, pc.email, pc.phone, pc.status, pc.favorite, pc.blocked, pc.blocked_reason,
            pc.total_bookings, pc.total_spent, pc.average_rating, pc.last_booking_at""";

    private CustomerListSql() {
    }

    record Where(String sql, Map<String, Object> params) {
    }

    static Where where(long providerId, CustomerFilter filter) {
        StringBuilder sql = new StringBuilder(" WHERE pc.provider_id = :provider");
        Map<String, Object> params = new HashMap<>();
        params.put("provider", providerId);
        if (filter.status() != null) {
            sql.append(" AND pc.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.search() != null) {
            Sql.Condition search = Sql.search("pc.search_text", filter.search(), "search");
            sql.append(" AND ").append(search.sql());
            params.putAll(search.params());
        }
        return new Where(sql.toString(), params);
    }

    /** Every column of the filtered list, in the list's order. */
    static Where export(long providerId, CustomerFilter filter, CustomerOrder order) {
        Where where = where(providerId, filter);
        return new Where("SELECT pc.customer_id, pc.name, pc.email, pc.phone, pc.status, pc.favorite, pc.blocked,"
                + " pc.total_bookings, pc.completed_bookings, pc.cancelled_count, pc.no_show_count, pc.total_spent,"
                + " pc.average_rating, pc.first_booking_at, pc.last_booking_at, pc.notes FROM provider_customer pc"
                + where.sql() + " ORDER BY " + order.sql(), where.params());
    }
}
