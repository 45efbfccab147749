package com.clientele.booking;

import com.clientele.base.Sql;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.ProviderProfile;
import com.clientele.provider.TeamDirectory;
import com.clientele.provider.TeamMember;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current provider's bookings as lists: filtered, sorted and paged in SQL. Dates of the filter
 * are days in the provider's time zone. A staff member sees the bookings of their own customers only
 * (SPEC §10: those with a booking assigned to them), decided in the same statement.
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
            "status", "b.status",
            "staffName", "sm.name");

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ProviderDirectory providers;
    private final TeamDirectory team;

    BookingQueries(JdbcClient jdbc, CurrentUser currentUser, ProviderDirectory providers, TeamDirectory team) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.providers = providers;
        this.team = team;
    }

    /** Time zone, currency and country of the current provider, for showing and reading bookings. */
    @Transactional(readOnly = true)
    public ProviderProfile provider() {
        return providers.profile(currentUser.providerId());
    }

    /** The business's team, removed members included (their bookings keep their name), by name. */
    public List<TeamMember> team() {
        return team.members(currentUser.providerId());
    }

    /**
     * The member whose own customers' bookings are all the current member may see and book (a staff
     * member: themselves); empty when they may see and book the whole business's.
     */
    public Optional<Long> ownCustomersOnly() {
        return currentUser.ownCustomersOf(Capability.BOOKINGS);
    }

    /** One booking as the list shows it; empty when it is not the current member's to see. */
    @Transactional(readOnly = true)
    public Optional<BookingRow> find(long bookingId) {
        Query query = where(BookingFilter.ALL);
        query.params.put("booking", bookingId);
        return jdbc.sql(SELECT + query.where + " AND b.id = :booking").params(query.params)
                .query(BookingQueries::row).optional();
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
        Optional<Long> own = ownCustomersOnly();
        if (own.isPresent()) {
            Sql.Condition served = Sql.servedBy("pc.provider_id", "pc.customer_id", own.get());
            where.append(" AND ").append(served.sql());
            params.putAll(served.params());
        }
        if (filter.staffMemberId() != null) {
            where.append(" AND b.staff_member_id = :staff");
            params.put("staff", filter.staffMemberId());
        }
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

    /** The provider module's published view of its members (changeset 0021). */
    private static final String SELECT = """
            SELECT b.id, b.customer_id, pc.relation_id, pc.name, pc.email, b.service_name, b.starts_at,
                   b.duration_minutes, b.price, b.status, r.rating, b.staff_member_id, sm.name AS staff_name
            FROM booking b""" + JOIN_RELATION + " LEFT JOIN review r ON r.booking_id = b.id"
            + " LEFT JOIN member_reference sm ON sm.provider_id = b.provider_id AND sm.member_id = b.staff_member_id";

    private static BookingRow row(ResultSet rs, int row) throws SQLException {
        return new BookingRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getLong("relation_id"),
                rs.getString("name"), rs.getString("email"), rs.getString("service_name"),
                Sql.instant(rs, "starts_at"), rs.getInt("duration_minutes"), rs.getBigDecimal("price"),
                BookingStatus.valueOf(rs.getString("status")), rs.getObject("rating", Integer.class),
                StaffMember.of(rs));
    }

    private record Query(String where, Map<String, Object> params) {
    }
}
