package com.clientele.customer;

import com.clientele.base.Sql;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The SQL shared by the customer list, its count and its CSV export, so all three agree.
 *
 * <p>Each query names the index it reads (changeset 0007): every sort in either direction has an
 * index to scan forwards, the status filter in the default order has one, and a search reads the
 * covering search index (key, status and every sort column) whatever the order, so a term that
 * few customers match costs one index scan instead of a table row per customer. Left to itself
 * the optimizer picks a backward scan or reads table rows for the search, several times slower.
 * "Reliability below" reads the range of its index (changeset 0030) and sorts what it finds.
 */
final class CustomerListSql {

    static final String ROW_COLUMNS = """
            pc.id, pc.customer_id, pc.name, pc.email, pc.phone, pc.status, pc.favorite, pc.blocked, pc.blocked_reason,
            pc.total_bookings, pc.total_spent, pc.average_rating, pc.last_booking_at,
            pc.next_booking_at, pc.attended_recent, pc.no_show_recent, pc.late_cancellation_count, pc.flagged_reason""";

    static final String SEARCH_INDEX = "ix_pc_search";
    private static final String STATUS_INDEX = "ix_pc_status_recent";
    private static final String RELIABILITY_INDEX = "ix_pc_reliability";

    private CustomerListSql() {
    }

    record Where(String sql, Map<String, Object> params) {
    }

    /**
     * @param servedBy the member whose own customers the list is limited to (a staff member's own
     *     list, or the list filtered by a member); null for all of the provider's customers
     */
    static Where where(long providerId, CustomerFilter filter, @Nullable Long servedBy) {
        StringBuilder sql = new StringBuilder(" WHERE pc.provider_id = :provider");
        Map<String, Object> params = new HashMap<>();
        params.put("provider", providerId);
        if (servedBy != null) {
            Sql.Condition own = Sql.servedRelation("pc.provider_id", "pc.id", servedBy);
            sql.append(" AND ").append(own.sql());
            params.putAll(own.params());
        }
        if (filter.status() != null) {
            sql.append(" AND pc.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.search() != null) {
            Sql.Condition search = Sql.keySearch("pc.search_key", filter.search(), "search");
            sql.append(" AND ").append(search.sql());
            params.putAll(search.params());
        }
        if (filter.reliabilityBelow() != null) {
            sql.append(" AND pc.reliability < :reliabilityBelow");
            params.put("reliabilityBelow", filter.reliabilityBelow());
        }
        return new Where(sql.toString(), params);
    }

    /** The relation table with the index that serves this filter in this order best. */
    static String table(CustomerFilter filter, CustomerOrder order) {
        String index;
        if (filter.search() != null) {
            index = SEARCH_INDEX;
        } else if (filter.reliabilityBelow() != null) {
            index = order.sort() == CustomerSort.RELIABILITY ? order.sort().index(order.descending()) : RELIABILITY_INDEX;
        } else if (filter.status() != null) {
            index = order.equals(CustomerOrder.DEFAULT) ? STATUS_INDEX : null;
        } else {
            index = order.sort().index(order.descending());
        }
        return " provider_customer pc" + (index == null ? "" : " FORCE INDEX (" + index + ")");
    }

    /**
     * How many customers the filter lists. A member's list, whole or searched, is their rows of
     * {@code staff_customer} (a range of its primary key, each row with a copy of the search key);
     * otherwise the relations, with the search index when searching, else any index (the optimizer
     * takes the smallest).
     */
    static Where count(long providerId, CustomerFilter filter, @Nullable Long servedBy) {
        if (servedBy != null && filter.status() == null && filter.reliabilityBelow() == null) {
            StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM staff_customer sc FORCE INDEX (PRIMARY)"
                    + " WHERE sc.provider_id = :provider AND sc.staff_member_id = :servedBy");
            Map<String, Object> params = new HashMap<>(Map.of("provider", providerId, "servedBy", servedBy));
            if (filter.search() != null) {
                Sql.Condition search = Sql.keySearch("sc.search_key", filter.search(), "search");
                sql.append(" AND ").append(search.sql());
                params.putAll(search.params());
            }
            return new Where(sql.toString(), params);
        }
        Where where = where(providerId, filter, servedBy);
        String index = filter.search() != null ? SEARCH_INDEX
                : filter.reliabilityBelow() != null ? RELIABILITY_INDEX : null;
        return new Where("SELECT COUNT(*) FROM provider_customer pc"
                + (index == null ? "" : " FORCE INDEX (" + index + ")") + where.sql(), where.params());
    }

    /**
     * The rows after {@code after} in this order (keyset): ties on the sort value are broken by id
     * in the same direction, and nulls come first in ascending order and last in descending order,
     * as MariaDB sorts them.
     */
    static Sql.Condition after(CustomerOrder order, CustomerRow after) {
        String column = order.sort().column();
        Object value = order.sort().value(after);
        Map<String, Object> params = new HashMap<>();
        params.put("afterId", after.relationId());
        boolean nullable = order.sort().nullable();
        String sql;
        if (order.descending()) {
            if (value == null) {
                sql = "(" + column + " IS NULL AND pc.id < :afterId)";
            } else {
                sql = "(" + column + " < :afterValue OR (" + column + " = :afterValue AND pc.id < :afterId)"
                        + (nullable ? " OR " + column + " IS NULL)" : ")");
            }
        } else if (value == null) {
            sql = "(" + column + " IS NOT NULL OR pc.id > :afterId)";
        } else {
            sql = "(" + column + " > :afterValue OR (" + column + " = :afterValue AND pc.id > :afterId))";
        }
        if (value != null) {
            params.put("afterValue", value);
        }
        return new Sql.Condition(sql, params);
    }

    /** Every column of the filtered list, in the list's order. */
    static Where export(long providerId, CustomerFilter filter, CustomerOrder order, @Nullable Long servedBy) {
        Where where = where(providerId, filter, servedBy);
        return new Where("SELECT pc.customer_id, pc.name, pc.email, pc.phone, pc.status, pc.favorite, pc.blocked,"
                + " pc.total_bookings, pc.completed_bookings, pc.cancelled_count, pc.no_show_count, pc.total_spent,"
                + " pc.average_rating, pc.first_booking_at, pc.last_booking_at, pc.next_booking_at, pc.notes,"
                + " pc.reliability, pc.late_cancellation_count FROM" + table(filter, order)
                + where.sql() + " ORDER BY " + order.sql(), where.params());
    }
}
