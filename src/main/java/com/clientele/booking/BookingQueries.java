package com.clientele.booking;

import com.clientele.base.Sql;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.ProviderProfile;
import com.clientele.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current provider's bookings as lists: filtered, sorted and paged in SQL. Dates of the filter
 * are days in the provider's time zone.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class BookingQueries {

    public static final int MAX_PAGE = 200;

    /** Sortable properties of {@link BookingRow} and their columns; anything else sorts by start. */
    private static final Map<String, String> SORTABLE = Map.of(
            "startsAt", "b.starts_at",
            "customerName", "pc.name",
            "serviceName", "b.service_name",
            "price", "b.price",
            "status", "b.status");

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ProviderDirectory providers;

    BookingQueries(JdbcClient jdbc, CurrentUser currentUser, ProviderDirectory providers) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.providers = providers;
    }

    /** Time zone, currency and country of the current provider, for showing and reading bookings. */
    @Transactional(readOnly = true)
    public ProviderProfile provider() {
        return providers.profile(currentUser.providerId());
    }

    /** One page of bookings; newest start first unless the page asks for another order. */
    @Transactional(readOnly = true)
    public List<BookingRow> list(BookingFilter filter, Pageable page) {
        Query query = where(filter);
        String sql = SELECT + query.where + " ORDER BY " + orderBy(page.getSort())
                + " LIMIT :limit OFFSET :offset";
        query.params.put("limit", Math.clamp(page.getPageSize(), 1, MAX_PAGE));
        query.params.put("offset", page.getOffset());
        return jdbc.sql(sql).params(query.params).query(BookingQueries::row).list();
    }

    @Transactional(readOnly = true)
    public int count(BookingFilter filter) {
        Query query = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM booking b" + JOIN_RELATION + query.where).params(query.params)
                .query(Integer.class).single();
    }

    private Query where(BookingFilter filter) {
        long providerId = currentUser.providerId();
        Map<String, Object> params = new HashMap<>();
        params.put("provider", providerId);
        StringBuilder where = new StringBuilder(" WHERE b.provider_id = :provider");
        if (filter.status() != null) {
            where.append(" AND b.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.from() != null || filter.to() != null) {
            ZoneId zone = providers.profile(providerId).timeZone();
            if (filter.from() != null) {
                where.append(" AND b.starts_at >= :from");
                params.put("from", Sql.param(filter.from().atStartOfDay(zone).toInstant()));
            }
            if (filter.to() != null) {
                where.append(" AND b.starts_at < :to");
                params.put("to", Sql.param(dayAfter(filter.to()).atStartOfDay(zone).toInstant()));
            }
        }
        String text = filter.customer() == null ? "" : filter.customer().strip();
        if (!text.isEmpty()) {
            Sql.Condition search = Sql.keySearch("pc.search_key", text, "text");
            where.append(" AND ").append(search.sql());
            params.putAll(search.params());
        }
        return new Query(where.toString(), params);
    }

    private static LocalDate dayAfter(LocalDate day) {
        return day.equals(LocalDate.MAX) ? day : day.plusDays(1);
    }

    private static String orderBy(Sort sort) {
        StringBuilder order = new StringBuilder();
        String direction = "DESC";
        for (Sort.Order item : sort) {
            String column = SORTABLE.get(item.getProperty());
            if (column != null) {
                direction = item.isAscending() ? "ASC" : "DESC";
                order.append(order.isEmpty() ? "" : ", ").append(column).append(' ').append(direction);
            }
        }
        if (order.isEmpty()) {
            order.append("b.starts_at DESC");
        }
        // stable pages: the id breaks ties, in the direction of the last sort key
        return order.append(", b.id ").append(direction).toString();
    }

    /** The customer module's published view of who each customer is (changeset 0010). */
    private static final String JOIN_RELATION =
            " JOIN customer_reference pc ON pc.provider_id = b.provider_id AND pc.customer_id = b.customer_id";

    private static final String SELECT = """
            SELECT b.id, b.customer_id, pc.relation_id, pc.name, pc.email, b.service_name, b.starts_at,
                   b.duration_minutes, b.price, b.status, r.rating
            FROM booking b""" + JOIN_RELATION + " LEFT JOIN review r ON r.booking_id = b.id";

    private static BookingRow row(ResultSet rs, int row) throws SQLException {
        return new BookingRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getLong("relation_id"),
                rs.getString("name"), rs.getString("email"), rs.getString("service_name"),
                Sql.instant(rs, "starts_at"), rs.getInt("duration_minutes"), rs.getBigDecimal("price"),
                BookingStatus.valueOf(rs.getString("status")), rs.getObject("rating", Integer.class));
    }

    private record Query(String where, Map<String, Object> params) {
    }
}
