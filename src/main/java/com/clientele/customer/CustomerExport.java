package com.clientele.customer;

import com.clientele.base.CsvCells;
import com.clientele.base.Sql;
import com.clientele.provider.ProviderProfile;
import com.clientele.provider.TeamRole.Capability;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer list as CSV (SPEC 7): RFC 4180, UTF-8 with a BOM, a header row, every cell quoted and
 * formulas neutralised ({@link CsvCells}), exactly the customers of the given filter in the given order. Rows are streamed from the database to the output, so the
 * export never holds the list in memory.
 */
@Service
@PreAuthorize("hasRole('PROVIDER')")
public class CustomerExport {

    static final String[] HEADER = {"customer_id", "name", "email", "phone", "status", "favorite", "blocked",
            "total_bookings", "completed_bookings", "cancelled_count", "no_show_count", "total_spent", "currency",
            "average_rating", "first_booking", "last_booking", "next_booking", "notes", "reliability",
            "late_cancellation_count"};
    private static final int FETCH_SIZE = 500;

    private final CustomerService customers;
    private final NamedParameterJdbcTemplate streaming;
    private final Clock clock;
    private final CustomerAccess access;

    CustomerExport(CustomerService customers, DataSource dataSource, Clock clock, CustomerAccess access) {
        this.customers = customers;
        this.access = access;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE); // the MariaDB driver streams result sets with a fetch size
        this.streaming = new NamedParameterJdbcTemplate(template);
        this.clock = clock;
    }

    /**
     * The download's file name: {@code customers-YYYY-MM-DD.csv}, today in the provider's zone.
     * Refused, like the export, to a role that may not export.
     */
    public String fileName() {
        access.ownOnly(Capability.EXPORT_AND_IMPORT);
        return "customers-" + LocalDate.now(clock.withZone(customers.profile().timeZone())) + ".csv";
    }

    /** Refused to staff and front desk (SPEC §10); the rows of the filter as the list shows them. */
    @Transactional(readOnly = true)
    public void write(CustomerFilter filter, CustomerOrder order, OutputStream out) {
        access.ownOnly(Capability.EXPORT_AND_IMPORT);
        ProviderProfile profile = customers.profile();
        var query = CustomerListSql.export(profile.id(), filter, order, access.servedBy(filter));
        CsvCells.RowWriter csv = CsvCells.writer(out);
        csv.row(HEADER);
        streaming.query(query.sql(), query.params(), rs -> {
            csv.row(
                    String.valueOf(rs.getLong("customer_id")),
                    rs.getString("name"),
                    rs.getString("email"),
                    rs.getString("phone"),
                    CustomerStatus.valueOf(rs.getString("status")).code(),
                    String.valueOf(rs.getBoolean("favorite")),
                    String.valueOf(rs.getBoolean("blocked")),
                    String.valueOf(rs.getInt("total_bookings")),
                    String.valueOf(rs.getInt("completed_bookings")),
                    String.valueOf(rs.getInt("cancelled_count")),
                    String.valueOf(rs.getInt("no_show_count")),
                    plain(rs.getBigDecimal("total_spent")),
                    profile.currency().getCurrencyCode(),
                    plain(rs.getBigDecimal("average_rating")),
                    isoTime(Sql.instant(rs, "first_booking_at"), profile.timeZone()),
                    isoTime(Sql.instant(rs, "last_booking_at"), profile.timeZone()),
                    isoTime(Sql.instant(rs, "next_booking_at"), profile.timeZone()),
                    rs.getString("notes"),
                    rs.getObject("reliability") == null ? "" : String.valueOf(rs.getInt("reliability")),
                    String.valueOf(rs.getInt("late_cancellation_count")));
        });
        csv.flush();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String isoTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
