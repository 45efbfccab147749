package com.clientele.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A write that fails at its very last statement leaves nothing behind. The failure is real: a
 * database trigger refuses the activity event that every write records last (its text names the
 * service, or the imported file, marked for it).
 */
@IntegrationTest
class AtomicWritesTest {

    private static final String MARK = "Power Cut";

    @Autowired
    TestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    CustomerService customers;
    @Autowired
    JdbcClient jdbc;

    TestProvider provider;

    @BeforeEach
    void failActivityEventsMentioningTheMark() {
        provider = data.newProvider();
        jdbc.sql("DROP TRIGGER IF EXISTS fail_marked_activity").update();
        jdbc.sql("""
                CREATE TRIGGER fail_marked_activity BEFORE INSERT ON activity_event FOR EACH ROW
                IF NEW.summary LIKE '%Power Cut%' THEN
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'simulated failure at the last statement';
                END IF""").update();
    }

    @AfterEach
    void dropTrigger() {
        jdbc.sql("DROP TRIGGER IF EXISTS fail_marked_activity").update();
    }

    @Test
    void aFailedFirstBookingLeavesNoCustomerRelationOrBooking() {
        String email = "cut-" + provider.id() + "@example.com";

        assertThatThrownBy(() -> data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact("Carla Cutler", email, null), MARK, Instant.parse("2026-03-01T10:00:00Z"), 30,
                BigDecimal.TEN, BookingStatus.COMPLETED)))).isInstanceOf(DataAccessException.class);

        assertThat(count("SELECT COUNT(*) FROM customer WHERE email = ?", email)).isZero();
        assertThat(count("SELECT COUNT(*) FROM provider_customer WHERE provider_id = ?", provider.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM booking WHERE provider_id = ?", provider.id())).isZero();
    }

    @Test
    void aFailedStatusChangeLeavesTheBookingAndTheFiguresAsTheyWere() {
        BookingRef ref = data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact("Paula Cutler", null, null), "Colour", Instant.parse("2026-03-01T10:00:00Z"), 30,
                new BigDecimal("80.00"), BookingStatus.CONFIRMED)));
        jdbc.sql("UPDATE booking SET service_name = ? WHERE id = ?").params(MARK, ref.bookingId()).update();
        CustomerDetails before = data.as(provider, () -> customers.details(ref.relationId()));

        assertThatThrownBy(() -> data.as(provider, () -> {
            bookings.changeStatus(ref.bookingId(), BookingStatus.COMPLETED);
            return null;
        })).isInstanceOf(DataAccessException.class);

        assertThat(count("SELECT COUNT(*) FROM booking WHERE id = ? AND status = 'CONFIRMED'", ref.bookingId()))
                .isEqualTo(1);
        CustomerDetails after = data.as(provider, () -> customers.details(ref.relationId()));
        assertThat(after.completedBookings()).isEqualTo(before.completedBookings()).isZero();
        assertThat(after.totalSpent()).isEqualByComparingTo(before.totalSpent());
    }

    @Test
    void anImportThatFailsPartWayWritesNothingEvenWhenSkippingInvalidRows() {
        List<BookingImportRow> rows = new ArrayList<>();
        Instant start = Instant.parse("2026-02-01T09:00:00Z");
        for (int i = 0; i < 300; i++) {
            rows.add(new BookingImportRow(i + 2, new CustomerContact("Imported " + i, "imp" + i + "-" + provider.id()
                    + "@example.com", null), "Cut", start.plus(i, ChronoUnit.HOURS), 30, BigDecimal.TEN,
                    BookingStatus.COMPLETED, "REF-" + i, null));
        }

        assertThatThrownBy(() -> data.as(provider, () -> bookings.importBookings(MARK + ".csv", rows, false,
                ImportProgress.NONE)))
                .isInstanceOf(DataAccessException.class);

        assertThat(count("SELECT COUNT(*) FROM booking WHERE provider_id = ?", provider.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM provider_customer WHERE provider_id = ?", provider.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM activity_event WHERE provider_id = ?", provider.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM customer WHERE email LIKE ?", "imp%-" + provider.id() + "@example.com"))
                .isZero();
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
