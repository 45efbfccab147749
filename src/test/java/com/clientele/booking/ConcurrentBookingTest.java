package com.clientele.booking;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Parallel writers for one customer never lose an update: the relation row lock makes them queue.
 * Each race ends with the integrity check of its provider.
 */
@IntegrationTest
class ConcurrentBookingTest {

    private static final int WRITERS = 8;
    private static final int BOOKINGS_PER_WRITER = 12;

    @Autowired
    TestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    CustomerService customers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FigureCheck check;

    @Test
    void parallelBookingsAndStatusChangesForOneCustomerKeepExactFigures() throws Exception {
        TestProvider provider = data.newProvider();
        BookingRef first = data.book(provider, "Parallel Pat", "pat-" + provider.id() + "@example.com",
                com.clientele.booking.BookingStatus.COMPLETED, "10.00", 100);

        List<Long> created = runInParallel(writer -> () -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < BOOKINGS_PER_WRITER; i++) {
                Instant start = Instant.parse("2026-01-01T09:00:00Z").plus(writer * 100L + i, ChronoUnit.HOURS);
                BookingRef ref = data.as(provider, () -> bookings.create(NewBooking.forCustomer(first.customerId(),
                        "Cut", start, 30, new BigDecimal("10.00"), BookingStatus.CONFIRMED)));
                data.as(provider, () -> bookings.changeStatus(ref.bookingId(), BookingStatus.COMPLETED));
                ids.add(ref.bookingId());
            }
            return ids;
        });

        int expected = 1 + WRITERS * BOOKINGS_PER_WRITER;
        assertThat(created).hasSize(WRITERS * BOOKINGS_PER_WRITER).doesNotHaveDuplicates();
        CustomerDetails pat = data.as(provider, () -> customers.details(first.relationId()));
        assertThat(pat.totalBookings()).isEqualTo(expected);
        assertThat(pat.completedBookings()).isEqualTo(expected);
        assertThat(pat.totalSpent()).isEqualByComparingTo(new BigDecimal("10.00").multiply(BigDecimal.valueOf(expected)));
        assertFiguresAgree(provider);
    }

    @Test
    void parallelFirstBookingsOfOneNewCustomerCreateItOnce() throws Exception {
        TestProvider provider = data.newProvider();
        String email = "race-" + provider.id() + "@example.com";

        List<Long> customerIds = runInParallel(writer -> () -> List.of(data.as(provider, () -> bookings.create(
                NewBooking.forNewCustomer(new CustomerContact("Racy Rae", email, null), "Cut",
                        Instant.parse("2026-02-01T09:00:00Z").plus(writer, ChronoUnit.HOURS), 30, BigDecimal.ONE,
                        BookingStatus.CONFIRMED))).customerId()));

        assertThat(customerIds).hasSize(WRITERS).containsOnly(customerIds.getFirst());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer WHERE email = ?").param(email).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT total_bookings FROM provider_customer WHERE provider_id = ? AND customer_id = ?")
                .params(provider.id(), customerIds.getFirst()).query(Integer.class).single()).isEqualTo(WRITERS);
        assertFiguresAgree(provider);
    }

    /** The integrity check after the race, so drift shows here and not only in the suite's last test. */
    private void assertFiguresAgree(TestProvider provider) {
        FigureCheck.Report report = data.asAdmin(() -> check.checkProvider(provider.id()));
        assertThat(report.isClean()).as(report.summary()).isTrue();
        assertThat(report.relationsChecked()).isPositive();
    }

    private interface Writer {
        Callable<List<Long>> task(int writer);
    }

    private static List<Long> runInParallel(Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Callable<List<Long>> task = writer.task(w);
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
