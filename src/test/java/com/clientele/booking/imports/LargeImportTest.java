package com.clientele.booking.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.i18n.English;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingStatus;
import com.clientele.customer.CustomerService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 50,000 booking rows, generated here: imported whole in one go (the time is printed, not asserted:
 * the target is under 60 s on a 2-core build machine), and refused whole when one row cannot be taken.
 */
@IntegrationTest
class LargeImportTest {

    private static final int ROWS = 50_000;
    private static final int BOOKINGS_PER_CUSTOMER = 10;

    @Autowired
    TestData data;
    @Autowired
    ImportService imports;
    @Autowired
    CustomerService customers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyThousandBookingRowsAreImportedInOneGoWithProgress() throws Exception {
        TestProvider provider = data.newProvider();
        byte[] file = bookingsFile(provider, ROWS, null);
        List<long[]> progress = new ArrayList<>();

        long began = System.nanoTime();
        ImportSummary summary = data.as(provider, () -> {
            ImportFile read = imports.read(ImportKind.BOOKINGS, "history.csv", file);
            try {
                return imports.start(read, read.guessedMapping(), ImportMode.ALL_OR_NOTHING,
                        (done, total) -> progress.add(new long[] {done, total})).get(5, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.out.printf("IMPORT TIMING: %,d booking rows (%,d customers) read, checked and imported in %,d ms%n",
                ROWS, ROWS / BOOKINGS_PER_CUSTOMER, millis);

        assertThat(summary.written()).isTrue();
        assertThat(summary.created()).isEqualTo(ROWS);
        assertThat(summary.newCustomers()).isEqualTo(ROWS / BOOKINGS_PER_CUSTOMER);
        assertThat(summary.rejected()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM booking WHERE provider_id = ?", provider)).isEqualTo(ROWS);
        assertThat(count("SELECT SUM(total_bookings) FROM provider_customer WHERE provider_id = ?", provider))
                .as("every customer's figures were recomputed (cancelled ones do not count)").isEqualTo(ROWS * 8L / 10);
        assertThat(count("SELECT COUNT(*) FROM activity_event WHERE provider_id = ? AND type = 'CUSTOMER_IMPORTED'",
                provider)).as("one event per customer, not per row").isEqualTo(ROWS / BOOKINGS_PER_CUSTOMER);
        assertThat(count("SELECT COUNT(*) FROM activity_event WHERE provider_id = ? AND in_recent", provider))
                .as("the recent activity: one line for the whole file").isEqualTo(1);
        assertThat(progress).as("progress was reported while it ran").hasSizeGreaterThan(10);
        assertThat(progress.getLast()[0]).isEqualTo(progress.getLast()[1]);
        assertThat(progress).extracting(step -> step[0]).isSorted();
    }

    @Test
    void allOrNothingWithOneRefusedRowAmongFiftyThousandWritesNothing() throws Exception {
        TestProvider provider = data.newProvider();
        BookingRef blocked = data.book(provider, "Blocked Bea", "bea-" + provider.id() + "@example.com",
                BookingStatus.COMPLETED, "10.00", 30);
        data.as(provider, () -> customers.block(blocked.relationId(), "Unpaid invoices"));
        long bookingsBefore = count("SELECT COUNT(*) FROM booking WHERE provider_id = ?", provider);
        long relationsBefore = count("SELECT COUNT(*) FROM provider_customer WHERE provider_id = ?", provider);
        long eventsBefore = count("SELECT COUNT(*) FROM activity_event WHERE provider_id = ?", provider);
        // the last row is for the blocked customer: found only after every other customer was created
        byte[] file = bookingsFile(provider, ROWS, "bea-" + provider.id() + "@example.com");

        ImportSummary summary = data.as(provider, () -> {
            ImportFile read = imports.read(ImportKind.BOOKINGS, "history.csv", file);
            try {
                return imports.start(read, read.guessedMapping(), ImportMode.ALL_OR_NOTHING, (done, total) -> {
                }).get(5, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(summary.written()).isFalse();
        assertThat(summary.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(ROWS + 1);
            assertThat(English.of(row.reason())).contains("Blocked Bea is blocked", "Unpaid invoices");
        });
        assertThat(count("SELECT COUNT(*) FROM booking WHERE provider_id = ?", provider)).isEqualTo(bookingsBefore);
        assertThat(count("SELECT COUNT(*) FROM provider_customer WHERE provider_id = ?", provider))
                .as("the customers created on the way were rolled back").isEqualTo(relationsBefore);
        assertThat(count("SELECT COUNT(*) FROM activity_event WHERE provider_id = ?", provider)).isEqualTo(eventsBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer WHERE email LIKE ?")
                .param("c%-" + provider.id() + "@bulk.example").query(Long.class).single()).isZero();
    }

    /** Customers c0..c4999, ten bookings each: 7 completed, 2 cancelled (not counted), 1 no-show. */
    private static byte[] bookingsFile(TestProvider provider, int rows, String lastRowEmail) {
        StringBuilder csv = new StringBuilder("Reference,Client,Email,Phone,Service,Date,Time,Duration,Price,Status\r\n");
        for (int i = 0; i < rows; i++) {
            int customer = i / BOOKINGS_PER_CUSTOMER;
            int n = i % BOOKINGS_PER_CUSTOMER;
            String email = i == rows - 1 && lastRowEmail != null ? lastRowEmail
                    : "c" + customer + "-" + provider.id() + "@bulk.example";
            String status = n < 7 ? "Completed" : n < 9 ? "Cancelled" : "No-show";
            csv.append("B-").append(i).append(",Customer ").append(customer).append(',').append(email)
                    .append(",+44 7700 9").append(String.format("%05d", customer)).append(",Cut & finish,")
                    .append(String.format("2025-%02d-%02d", 1 + n, 1 + customer % 28)).append(",10:30,45,48.00,")
                    .append(status).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long count(String sql, TestProvider provider) {
        Long value = jdbc.sql(sql).param(provider.id()).query(Long.class).single();
        return value == null ? 0 : value;
    }
}
