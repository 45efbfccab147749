package com.clientele.booking.imports;

import static com.clientele.booking.imports.CustomerImportTest.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.activity.ActivityEntry;
import com.clientele.activity.ActivityType;
import com.clientele.base.Sql;
import com.clientele.base.i18n.English;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.RejectedRow;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerTimeline;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A provider brings in their booking history; the customers' figures follow and nothing is doubled. */
@IntegrationTest
class BookingImportTest {

    @Autowired
    TestData data;
    @Autowired
    ImportFixture imports;
    @Autowired
    CustomerService customers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CustomerTimeline timeline;

    TestProvider provider;

    @BeforeEach
    void newProvider() {
        provider = data.newProvider();
    }

    @Test
    void bookingHistoryIsImportedWithItsCustomersAndTheirFigures() {
        ImportSummary summary = imports.run(provider, ImportKind.BOOKINGS, "bookings.csv", ImportMode.ALL_OR_NOTHING);

        assertThat(summary.written()).isTrue();
        assertThat(summary.created()).isEqualTo(6);
        assertThat(summary.unchanged()).as("line 7 repeats line 6").isEqualTo(1);
        assertThat(summary.newCustomers()).isEqualTo(4);
        assertThat(summary.rejected()).isEmpty();
        assertThat(bookingCount()).isEqualTo(6);
        Map<String, Booking> byRef = byService();
        // 12/01/2026 14:30 is day-first for a London provider, in GMT in January
        assertThat(byRef.get("Colour")).isEqualTo(new Booking(Instant.parse("2026-01-12T14:30:00Z"), 120,
                new BigDecimal("115.00"), BookingStatus.CONFIRMED));
        assertThat(byRef.get("Blow-dry, long hair")).isEqualTo(new Booking(Instant.parse("2026-01-07T09:15:00Z"), 30,
                new BigDecimal("1032.50"), BookingStatus.COMPLETED));
        assertThat(byRef.get("Balayage")).isEqualTo(new Booking(Instant.parse("2026-01-08T15:00:00Z"), 180,
                new BigDecimal("185.00"), BookingStatus.NO_SHOW));
        assertThat(byRef.get("Beard trim")).isEqualTo(new Booking(Instant.parse("2026-01-09T11:00:00Z"), 60,
                new BigDecimal("18.00"), BookingStatus.CANCELLED));

        CustomerDetails ada = customer("ada@import.example");
        assertThat(ada.name()).isEqualTo("Lovelace, Ada");
        assertThat(ada.totalBookings()).isEqualTo(2);
        assertThat(ada.completedBookings()).isEqualTo(1);
        assertThat(ada.totalSpent()).isEqualByComparingTo("48.00");
        assertThat(ada.firstBookingAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
        CustomerDetails zoe = customer("zoe@import.example");
        assertThat(zoe.noShowCount()).isEqualTo(1);
        assertThat(zoe.totalSpent()).isEqualByComparingTo("1032.50");
        assertThat(jdbc.sql("SELECT summary FROM activity_event WHERE provider_id = ? AND type = 'CUSTOMER_IMPORTED'"
                + " AND NOT in_recent ORDER BY id").param(provider.id()).query(String.class).list())
                .as("one event in each customer's timeline, with the file and the bookings' dates").containsExactly(
                        "2 bookings from bookings.csv, 5 Jan 2026 – 12 Jan 2026 (new customer)",
                        "2 bookings from bookings.csv, 7 Jan 2026 – 8 Jan 2026 (new customer)",
                        "1 booking from bookings.csv, 9 Jan 2026 (new customer)",
                        "1 booking from bookings.csv, 1 Feb 2026 (new customer)");
        List<ActivityEntry> recent = data.as(provider, () -> timeline.recent(20));
        assertThat(recent).as("the recent activity: one line for the import, none per customer").singleElement()
                .satisfies(entry -> {
                    assertThat(entry.type()).isEqualTo(ActivityType.FILE_IMPORTED);
                    assertThat(entry.customerId()).isNull();
                    assertThat(entry.summary()).isEqualTo("bookings.csv: 6 bookings for 4 customers, all new");
                });
        assertThat(data.as(provider, () -> timeline.forCustomer(customer("ada@import.example").customerId(), 10)))
                .extracting(ActivityEntry::type).containsExactly(ActivityType.CUSTOMER_IMPORTED);
    }

    @Test
    void importingTheSameFileAgainCreatesNoDuplicates() {
        imports.run(provider, ImportKind.BOOKINGS, "bookings.csv", ImportMode.SKIP_INVALID);

        ImportSummary again = imports.run(provider, ImportKind.BOOKINGS, "bookings.csv", ImportMode.SKIP_INVALID);

        assertThat(again.created()).isZero();
        assertThat(again.newCustomers()).isZero();
        assertThat(again.unchanged()).isEqualTo(7);
        assertThat(bookingCount()).isEqualTo(6);
        assertThat(customer("ada@import.example").totalBookings()).isEqualTo(2);
        assertThat(data.as(provider, () -> timeline.recent(20))).extracting(ActivityEntry::summary).containsExactly(
                "bookings.csv: nothing new, 7 bookings known already",
                "bookings.csv: 6 bookings for 4 customers, all new");
    }

    @Test
    void aLaterExportMovesImportedBookingsOnAndAddsNewOnes() {
        imports.run(provider, ImportKind.BOOKINGS, "bookings.csv", ImportMode.SKIP_INVALID);

        ImportSummary later = imports.run(provider, ImportKind.BOOKINGS, "bookings-later.csv", ImportMode.SKIP_INVALID);

        assertThat(later.created()).isEqualTo(1);
        assertThat(later.updated()).as("A-1002 confirmed → completed, A-1006 pending → cancelled").isEqualTo(2);
        assertThat(later.unchanged()).isEqualTo(4);
        assertThat(customer("ada@import.example").totalSpent()).isEqualByComparingTo("163.00");
        CustomerDetails bjorn = customer("bjorn@import.example");
        assertThat(bjorn.cancelledCount()).isEqualTo(1);
        assertThat(bjorn.totalBookings()).isEqualTo(1);
    }

    @Test
    void bookingsWithoutReferenceAreRecognisedByCustomerStartAndService() {
        ImportSummary first = imports.run(provider, ImportKind.BOOKINGS, "bookings-no-reference.csv",
                ImportMode.ALL_OR_NOTHING);
        ImportSummary again = imports.run(provider, ImportKind.BOOKINGS, "bookings-no-reference.csv",
                ImportMode.ALL_OR_NOTHING);

        assertThat(first.created()).isEqualTo(2);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(customer("ada@import.example").totalBookings()).isEqualTo(2);
    }

    @Test
    void everyReasonARowIsRefusedForIsReported() {
        ImportCheck check = imports.check(provider, ImportKind.BOOKINGS, "bookings-invalid.csv");

        Map<Integer, String> reasons = reasons(check.problems());
        assertThat(check.validRows()).isEqualTo(1);
        assertThat(reasons).containsOnlyKeys(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(reasons.get(3)).startsWith("E-mail “bad-mail@”: Enter a valid e-mail address");
        assertThat(reasons.get(4)).startsWith("Phone “12”: Enter a valid phone number");
        assertThat(reasons.get(5)).startsWith("Status “Rescheduled”: unknown");
        assertThat(reasons.get(6)).isEqualTo("Price “-5.00”: cannot be negative");
        assertThat(reasons.get(7)).startsWith("Date “next tuesday”: not a date");
        assertThat(reasons.get(8)).startsWith("Date “31/02/2026 10:00”: not a date");
        assertThat(reasons.get(9)).isEqualTo("Service: missing");
        assertThat(reasons.get(10)).isEqualTo("Name: missing");
        assertThat(reasons.get(11)).isEqualTo("Duration “forever”: not a number of minutes");
        assertThat(reasons.get(12)).isEqualTo("Price: missing");
        assertThat(bookingCount()).as("checking writes nothing").isZero();
    }

    @Test
    void allOrNothingWritesNothingWhenARowIsBadAndSkipImportsTheRest() {
        ImportSummary nothing = imports.run(provider, ImportKind.BOOKINGS, "bookings-invalid.csv",
                ImportMode.ALL_OR_NOTHING);
        assertThat(nothing.written()).isFalse();
        assertThat(nothing.rejected()).hasSize(10);
        assertThat(bookingCount()).isZero();
        assertThat(relationCount()).isZero();

        ImportSummary skipped = imports.run(provider, ImportKind.BOOKINGS, "bookings-invalid.csv",
                ImportMode.SKIP_INVALID);
        assertThat(skipped.created()).isEqualTo(1);
        assertThat(skipped.skipped()).isEqualTo(10);
        assertThat(relationCount()).isEqualTo(1);
    }

    @Test
    void blockedCustomersGetNoBookingsThroughAnImportEither() {
        BookingRef ada = data.book(provider, "Ada", "ada@import.example", BookingStatus.COMPLETED, "10.00", 400);
        data.as(provider, () -> customers.block(ada.relationId(), "Never pays"));

        ImportSummary summary = imports.run(provider, ImportKind.BOOKINGS, "bookings.csv", ImportMode.SKIP_INVALID);

        assertThat(summary.rejected()).extracting(RejectedRow::line).containsExactly(2, 3);
        assertThat(summary.rejected()).allSatisfy(row -> assertThat(English.of(row.reason()))
                .isEqualTo("Ada is blocked and cannot be booked. Reason: Never pays"));
        assertThat(summary.created()).isEqualTo(4);
        assertThat(customer("ada@import.example").totalBookings()).as("only the booking from before").isEqualTo(1);

        TestProvider other = data.newProvider();
        BookingRef otherAda = data.book(other, "Ada", "ada@import.example", BookingStatus.COMPLETED, "10.00", 400);
        data.as(other, () -> customers.block(otherAda.relationId(), "Never pays"));
        ImportSummary refused = imports.run(other, ImportKind.BOOKINGS, "bookings.csv", ImportMode.ALL_OR_NOTHING);
        assertThat(refused.written()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking WHERE provider_id = ?").param(other.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void usProvidersReadDatesMonthFirst() {
        TestProvider newYork = data.newProvider("America/New_York", "USD", "US");

        ImportSummary summary = imports.run(newYork, ImportKind.BOOKINGS, "bookings.csv", ImportMode.SKIP_INVALID);

        assertThat(summary.rejected()).extracting(RejectedRow::line).as("07700 900003 is no US number")
                .containsExactly(6, 7);

        Instant colour = jdbc.sql("SELECT starts_at FROM booking WHERE provider_id = ? AND service_name = 'Colour'")
                .param(newYork.id()).query((rs, row) -> Sql.instant(rs, "starts_at")).single();
        assertThat(colour).as("12/01/2026 14:30 is 1 December in New York").isEqualTo(Instant.parse("2026-12-01T19:30:00Z"));
    }

    private record Booking(Instant startsAt, int duration, BigDecimal price, BookingStatus status) {
    }

    /** The bookings of services that appear once in the files, by service. */
    private Map<String, Booking> byService() {
        return jdbc.sql("SELECT service_name, starts_at, duration_minutes, price, status FROM booking"
                        + " WHERE provider_id = ? AND service_name <> 'Cut & finish'")
                .param(provider.id())
                .query((rs, row) -> Map.entry(rs.getString("service_name"), new Booking(Sql.instant(rs, "starts_at"),
                        rs.getInt("duration_minutes"), rs.getBigDecimal("price"),
                        BookingStatus.valueOf(rs.getString("status")))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long bookingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE provider_id = ?").param(provider.id())
                .query(Long.class).single();
    }

    private long relationCount() {
        return jdbc.sql("SELECT COUNT(*) FROM provider_customer WHERE provider_id = ?").param(provider.id())
                .query(Long.class).single();
    }

    private CustomerDetails customer(String email) {
        long relationId = jdbc.sql("SELECT id FROM provider_customer WHERE provider_id = ? AND email = ?")
                .params(provider.id(), email).query(Long.class).single();
        return data.as(provider, () -> customers.details(relationId));
    }
}
