package com.clientele.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerRow;
import com.clientele.customer.CustomerService;
import com.clientele.customer.FigureDifference;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The last visit and next booking move on by themselves as time passes (SPEC 3): the roll-over job
 * turns a next booking whose start has passed into the last visit, and the integrity check knows
 * what they should be at any instant.
 */
@IntegrationTest
class VisitRolloverTest {

    private static final Instant PAST = Instant.parse("2026-02-10T10:00:00Z");

    @Autowired
    TestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    CustomerService customers;
    @Autowired
    VisitRollover rollover;
    @Autowired
    FigureCheck check;

    @Test
    void aNextBookingWhoseStartPassesBecomesTheLastVisit() throws InterruptedException {
        TestProvider provider = data.newProvider();
        Instant soon = Instant.now().plusMillis(1500).truncatedTo(ChronoUnit.MICROS);
        Instant later = soon.plus(3, ChronoUnit.DAYS);
        BookingRef ref = data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact("Rolling Over", "roll@example.com", null), "Cut", PAST, 30, BigDecimal.TEN,
                BookingStatus.COMPLETED)));
        book(provider, ref, soon);
        book(provider, ref, later);

        CustomerDetails before = details(provider, ref);
        assertThat(before.lastBookingAt()).isEqualTo(PAST);
        assertThat(before.nextBookingAt()).isEqualTo(soon);
        assertThat(check(provider, Instant.now()).isClean()).isTrue();

        // The stored figures are those of before the start: right until it, and for a short while after
        // it (the roll-over runs every minute), wrong once the roll-over should long have run.
        assertThat(check(provider, soon.plusSeconds(60)).isClean()).as("roll-over pending").isTrue();
        FigureCheck.Report overdue = check(provider, soon.plus(FigureCheck.ROLLOVER_GRACE).plusSeconds(1));
        assertThat(overdue.mismatchCount()).isEqualTo(1);
        assertThat(overdue.mismatches().getFirst().differences()).extracting(FigureDifference::figure)
                .containsExactly("last_booking_at", "next_booking_at");

        while (!Instant.now().isAfter(soon)) {
            Thread.sleep(100);
        }
        assertThat(rollover.rollOver(Instant.now())).isPositive();

        CustomerDetails after = details(provider, ref);
        assertThat(after.lastBookingAt()).as("the booking that started is the last visit").isEqualTo(soon);
        assertThat(after.nextBookingAt()).isEqualTo(later);
        assertThat(after.totalBookings()).isEqualTo(before.totalBookings());
        assertThat(after.version()).as("a provider's edit in progress is not refused").isEqualTo(before.version());
        assertThat(check(provider, Instant.now()).isClean()).isTrue();
        assertThat(check(provider, soon.plus(Duration.ofHours(1))).isClean()).isTrue();

        rollover.rollOver(Instant.now());
        assertThat(details(provider, ref)).as("running again changes nothing").isEqualTo(after);
    }

    @Test
    void theListSortsByNextBookingInBothDirections() {
        TestProvider provider = data.newProvider();
        Instant now = Instant.now();
        BookingRef none = data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact("No Next", "none@example.com", null), "Cut", PAST, 30, BigDecimal.TEN,
                BookingStatus.COMPLETED)));
        BookingRef far = data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact("Far Next", "far@example.com", null), "Cut", now.plus(20, ChronoUnit.DAYS), 30,
                BigDecimal.TEN, BookingStatus.CONFIRMED)));
        BookingRef near = data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact("Near Next", "near@example.com", null), "Cut", now.plus(2, ChronoUnit.DAYS), 30,
                BigDecimal.TEN, BookingStatus.PENDING)));

        assertThat(ids(provider, "next_booking_date")).as("without a next booking first, as MariaDB sorts nulls")
                .containsExactly(none.relationId(), near.relationId(), far.relationId());
        assertThat(ids(provider, "-next_booking_date"))
                .containsExactly(far.relationId(), near.relationId(), none.relationId());
        assertThat(ids(provider, "-last_booking_date")).as("future bookings are no visit: nulls last")
                .containsExactly(none.relationId(), near.relationId(), far.relationId());
    }

    private List<Long> ids(TestProvider provider, String ordering) {
        CustomerOrder order = CustomerOrder.parse(ordering).orElseThrow();
        return data.as(provider, () -> customers.list(CustomerFilter.ALL, order, 0, 50)).stream()
                .map(CustomerRow::relationId).toList();
    }

    private FigureCheck.Report check(TestProvider provider, Instant at) {
        return data.asAdmin(() -> check.checkProvider(provider.id(), at));
    }

    private void book(TestProvider provider, BookingRef ref, Instant start) {
        data.as(provider, () -> bookings.create(NewBooking.forCustomer(ref.customerId(), "Cut", start, 30,
                BigDecimal.TEN, BookingStatus.CONFIRMED)));
    }

    private CustomerDetails details(TestProvider provider, BookingRef ref) {
        return data.as(provider, () -> customers.details(ref.relationId()));
    }
}
