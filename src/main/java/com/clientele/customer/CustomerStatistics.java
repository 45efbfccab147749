package com.clientele.customer;

import com.clientele.base.Sql;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.CurrentUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The provider's customer stats (SPEC 3) and the new-customers trend, each in one query over the
 * relation table; nothing is read into memory row by row. The stats' sums are stored as they change
 * ({@link CustomerTotals}), so reading them costs the same for ten customers or fifty thousand. No
 * transactions: each is one statement (after the provider's time zone), consistent on its own.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class CustomerStatistics {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ProviderDirectory providers;
    private final Clock clock;
    private final CustomerAccess access;

    CustomerStatistics(JdbcClient jdbc, CurrentUser currentUser, ProviderDirectory providers, Clock clock,
            CustomerAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.providers = providers;
        this.clock = clock;
    }

    /** The stats of the customers the current member sees: a staff member's of their own customers. */
    public CustomerStats stats() {
        Long own = access.ownOnly(Capability.SEE_CUSTOMERS);
        long providerId = currentUser.providerId();
        ZoneId zone = providers.profile(providerId).timeZone();
        YearMonth month = YearMonth.now(clock.withZone(zone));
        if (own != null) {
            return ownStats(providerId, own, month, zone);
        }
        // The sums come from the stored totals (CustomerTotals), the new customers from a range of the
        // (provider, first booking) index: a few dozen index entries, however many customers there are.
        return jdbc.sql("""
                        SELECT COALESCE(SUM(customers), 0) AS total,
                               COALESCE(SUM(regular), 0) AS regular,
                               (SELECT COUNT(*) FROM provider_customer WHERE provider_id = :provider
                                   AND first_booking_at >= :monthStart AND first_booking_at < :monthEnd) AS new_this_month,
                               COALESCE(SUM(rating_sum), 0) AS rating_sum,
                               COALESCE(SUM(rating_count), 0) AS rating_count,
                               COALESCE(SUM(returned), 0) AS returned,
                               COALESCE(SUM(booked), 0) AS booked
                        FROM provider_customer_totals WHERE provider_id = :provider""")
                .param("provider", providerId)
                .param("monthStart", Sql.param(month.atDay(1).atStartOfDay(zone).toInstant()))
                .param("monthEnd", Sql.param(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .query((rs, row) -> new CustomerStats(rs.getLong("total"), rs.getLong("regular"),
                        rs.getLong("new_this_month"), ratio(rs.getLong("rating_sum"), rs.getLong("rating_count"), 1),
                        percentage(rs.getLong("returned"), rs.getLong("booked"))))
                .single();
    }

    /**
     * A staff member's own customers: the same figures from the member's stored totals
     * ({@link CustomerTotals}, changeset 0029), the new customers from a range of their
     * (member, first booking) index.
     */
    private CustomerStats ownStats(long providerId, long memberId, YearMonth month, ZoneId zone) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(customers), 0) AS total,
                               COALESCE(SUM(regular), 0) AS regular,
                               (SELECT COUNT(*) FROM staff_customer WHERE provider_id = :provider
                                   AND staff_member_id = :member AND first_booking_at >= :monthStart
                                   AND first_booking_at < :monthEnd) AS new_this_month,
                               COALESCE(SUM(rating_sum), 0) AS rating_sum,
                               COALESCE(SUM(rating_count), 0) AS rating_count,
                               COALESCE(SUM(returned), 0) AS returned,
                               COALESCE(SUM(booked), 0) AS booked
                        FROM staff_customer_totals WHERE provider_id = :provider AND staff_member_id = :member""")
                .param("provider", providerId)
                .param("member", memberId)
                .param("monthStart", Sql.param(month.atDay(1).atStartOfDay(zone).toInstant()))
                .param("monthEnd", Sql.param(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .query((rs, row) -> new CustomerStats(rs.getLong("total"), rs.getLong("regular"),
                        rs.getLong("new_this_month"), ratio(rs.getLong("rating_sum"), rs.getLong("rating_count"), 1),
                        percentage(rs.getLong("returned"), rs.getLong("booked"))))
                .single();
    }

    /**
     * Customers by month of their first booking, for the last {@code months} months including this
     * one; a staff member's own customers only.
     */
    public List<MonthlyCount> newCustomersPerMonth(int months) {
        Long own = access.ownOnly(Capability.SEE_CUSTOMERS);
        long providerId = currentUser.providerId();
        ZoneId zone = providers.profile(providerId).timeZone();
        int count = Math.clamp(months, 1, 36);
        YearMonth first = YearMonth.now(clock.withZone(zone)).minusMonths(count - 1L);
        StringBuilder sql = new StringBuilder("SELECT ");
        // One range count per month on (provider, first booking), or on (provider, member, first
        // booking) for a staff member: each reads only its month's entries.
        String scope = own == null ? "provider_customer WHERE provider_id = :provider"
                : "staff_customer WHERE provider_id = :provider AND staff_member_id = :member";
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM ").append(scope)
                    .append(" AND first_booking_at >= :b").append(i).append(" AND first_booking_at < :b")
                    .append(i + 1).append(")");
        }
        var statement = jdbc.sql(sql.toString()).param("provider", providerId);
        if (own != null) {
            statement = statement.param("member", own);
        }
        for (int i = 0; i <= count; i++) {
            statement = statement.param("b" + i, Sql.param(first.plusMonths(i).atDay(1).atStartOfDay(zone).toInstant()));
        }
        return statement.query((rs, row) -> {
            List<MonthlyCount> result = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                result.add(new MonthlyCount(first.plusMonths(i), rs.getLong(i + 1)));
            }
            return result;
        }).single();
    }

    private static BigDecimal ratio(long sum, long count, int scale) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal percentage(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
