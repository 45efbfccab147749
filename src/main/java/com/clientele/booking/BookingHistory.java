package com.clientele.booking;

import com.clientele.base.Sql;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A customer's bookings and reviews with the current provider, newest first, a page at a time.
 * Each read is one statement and runs without a transaction (which would cost four round trips).
 * For a staff member a customer not their own has no bookings (SPEC §10), in the same statement.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class BookingHistory {

    private static final int MAX_PAGE = 200;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    BookingHistory(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    public List<BookingHistoryEntry> bookings(long customerId, int offset, int limit) {
        return scoped(jdbc.sql(SELECT + " WHERE b.provider_id = :provider AND b.customer_id = :customer" + ownOnly()
                        + " ORDER BY b.starts_at DESC, b.id DESC LIMIT :limit OFFSET :offset"))
                .param("provider", currentUser.providerId())
                .param("customer", customerId)
                .param("limit", Math.clamp(limit, 1, MAX_PAGE))
                .param("offset", Math.max(0, offset))
                .query(BookingHistory::entry)
                .list();
    }

    public int countBookings(long customerId) {
        return scoped(jdbc.sql("SELECT COUNT(*) FROM booking b WHERE b.provider_id = :provider"
                        + " AND b.customer_id = :customer" + ownOnly()))
                .param("provider", currentUser.providerId())
                .param("customer", customerId)
                .query(Integer.class)
                .single();
    }

    /** The bookings of this customer that have a review, newest review first. */
    public List<BookingHistoryEntry> reviews(long customerId, int limit) {
        return scoped(jdbc.sql(SELECT + " WHERE b.provider_id = :provider AND b.customer_id = :customer"
                        + " AND r.id IS NOT NULL" + ownOnly() + " ORDER BY r.created_at DESC, r.id DESC LIMIT :limit"))
                .param("provider", currentUser.providerId())
                .param("customer", customerId)
                .param("limit", Math.clamp(limit, 1, MAX_PAGE))
                .query(BookingHistory::entry)
                .list();
    }

    private Optional<Long> own() {
        return currentUser.ownCustomersOf(Capability.SEE_CUSTOMERS);
    }

    /** The condition that limits a staff member to their own customers (SPEC §10), or nothing. */
    private String ownOnly() {
        return own().map(member -> " AND " + served(member).sql()).orElse("");
    }

    private JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec statement) {
        return own().map(member -> statement.params(served(member).params())).orElse(statement);
    }

    private static Sql.Condition served(long member) {
        return Sql.servedBy("b.provider_id", "b.customer_id", member);
    }

    /** Who serves each booking from the provider module's published view of its members (changeset 0021). */
    private static final String SELECT = """
            SELECT b.id, b.service_name, b.starts_at, b.duration_minutes, b.price, b.status,
                   r.id AS review_id, r.rating, r.comment, r.created_at AS reviewed_at,
                   b.staff_member_id, sm.name AS staff_name
            FROM booking b LEFT JOIN review r ON r.booking_id = b.id
            LEFT JOIN member_reference sm ON sm.provider_id = b.provider_id AND sm.member_id = b.staff_member_id""";

    private static BookingHistoryEntry entry(ResultSet rs, int row) throws SQLException {
        return new BookingHistoryEntry(rs.getLong("id"), rs.getString("service_name"), Sql.instant(rs, "starts_at"),
                rs.getInt("duration_minutes"), rs.getBigDecimal("price"), BookingStatus.valueOf(rs.getString("status")),
                rs.getObject("rating", Integer.class), rs.getString("comment"), Sql.instant(rs, "reviewed_at"),
                StaffMember.of(rs));
    }
}
