package com.clientele.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.InvalidInputException;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerFilter;
import com.clientele.customer.CustomerOrder;
import com.clientele.customer.CustomerRow;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerSuggestions;
import com.clientele.customer.Reliability;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * SPEC 11's reliability: attended against attended, no-shows and late cancellations of the last
 * 365 days, kept in the transaction of every booking change, sortable and filterable in SQL, moved
 * on as bookings leave the window, and agreed with by the integrity check.
 */
@IntegrationTest
class ReliabilityTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerSuggestions suggestions;
    @Autowired
    VisitRollover rollover;
    @Autowired
    FigureCheck check;
    @Autowired
    MessageSource messages;

    @Test
    void attendedNoShowsAndLateCancellationsOfTheLastYearMakeTheFigure() {
        TestProvider provider = data.newProvider();
        BookingRef first = create(provider, "Rita Reliable", daysAgo(10), BookingStatus.COMPLETED);
        long customer = first.customerId();
        book(provider, customer, daysAgo(20), BookingStatus.COMPLETED);
        book(provider, customer, daysAgo(400), BookingStatus.COMPLETED); // before the window
        long noShow = book(provider, customer, daysAgo(5), BookingStatus.CONFIRMED);
        long late = book(provider, customer, Instant.now().plus(Duration.ofHours(10)), BookingStatus.CONFIRMED);
        long early = book(provider, customer, Instant.now().plus(Duration.ofDays(5)), BookingStatus.CONFIRMED);
        book(provider, customer, daysAgo(30), BookingStatus.CANCELLED); // entered as cancelled: never late
        data.as(provider, () -> {
            bookings.changeStatus(noShow, BookingStatus.NO_SHOW);
            bookings.changeStatus(noShow, BookingStatus.NO_SHOW); // recorded twice, counts once
            bookings.changeStatus(late, BookingStatus.CANCELLED);
            bookings.changeStatus(early, BookingStatus.CANCELLED);
        });

        CustomerDetails details = details(provider, first);
        assertThat(details.reliability()).isEqualTo(Reliability.of(2, 1, 1));
        assertThat(details.reliability().percent()).isEqualTo(50);
        assertThat(details.noShowCount()).isEqualTo(1);
        assertThat(details.cancelledCount()).as("all cancellations, late or not").isEqualTo(3);
        assertThat(english(details.reliability().explained()))
                .isEqualTo("50 % — 1 no-show, 1 late cancellation in 12 months");
        assertThat(data.asAdmin(() -> check.checkProvider(provider.id())).isClean()).isTrue();
    }

    @Test
    void underThreeBookingsThatCountThereIsNotEnoughHistory() {
        TestProvider provider = data.newProvider();
        BookingRef ref = create(provider, "Nora Newcomer", daysAgo(3), BookingStatus.COMPLETED);
        book(provider, ref.customerId(), daysAgo(2), BookingStatus.COMPLETED);
        book(provider, ref.customerId(), Instant.now().plus(Duration.ofDays(2)), BookingStatus.CONFIRMED);

        Reliability reliability = details(provider, ref).reliability();
        assertThat(reliability.percent()).isNull();
        assertThat(english(reliability.explained()))
                .isEqualTo("Not enough history (2 bookings that count in 12 months, 3 needed)");
        assertThat(reliability.low()).isFalse();
    }

    @Test
    void theListFiltersBelowAPercentageAndSortsByTheFigure() {
        TestProvider provider = data.newProvider();
        BookingRef good = customerWith(provider, "Gina Good", 3, 0);
        BookingRef poor = customerWith(provider, "Paul Poor", 2, 2);
        BookingRef unknown = customerWith(provider, "Una Unknown", 1, 0);

        CustomerFilter below70 = CustomerFilter.ALL.withReliabilityBelow(70);
        assertThat(ids(provider, below70, CustomerOrder.DEFAULT)).containsExactly(poor.relationId());
        assertThat(data.as(provider, () -> customers.count(below70))).isEqualTo(1);
        assertThat(ids(provider, CustomerFilter.ALL, CustomerOrder.parse("reliability").orElseThrow()))
                .as("without a figure first, as MariaDB sorts nulls")
                .containsExactly(unknown.relationId(), poor.relationId(), good.relationId());
        assertThat(ids(provider, CustomerFilter.ALL, CustomerOrder.parse("-reliability").orElseThrow()))
                .containsExactly(good.relationId(), poor.relationId(), unknown.relationId());
        assertThat(data.as(provider, () -> suggestions.search("Paul", 0, 10)).getFirst().reliability().low())
                .as("the booking picker knows it").isTrue();
        assertThatThrownBy(() -> CustomerFilter.ALL.withReliabilityBelow(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CustomerFilter.ALL.withReliabilityBelow(101))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theApiFiltersSortsAndAnswersTheFigure() {
        TestProvider provider = data.newProvider();
        BookingRef poor = customerWith(provider, "Api Poor", 1, 2);
        customerWith(provider, "Api Good", 4, 0);
        ApiClient api = ApiClient.at(port, data.apiToken(provider));

        Response below = api.get(ApiClient.DASHBOARD + "/customers/?reliability_below=70&ordering=reliability");
        assertThat(below.status()).as(below.body()).isEqualTo(200);
        JsonNode page = below.json();
        assertThat(page.get("count").asInt()).isEqualTo(1);
        JsonNode result = page.get("results").get(0);
        assertThat(result.get("id").asLong()).isEqualTo(poor.relationId());
        assertThat(result.get("reliability").asInt()).isEqualTo(33);
        assertThat(result.get("late_cancellation_count").asInt()).isZero();
        assertThat(result.get("blocked_until").isNull()).isTrue();

        Response bad = api.get(ApiClient.DASHBOARD + "/customers/?reliability_below=0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("reliability_below").contains("from 1 to 100");
        Response notANumber = api.get(ApiClient.DASHBOARD + "/customers/?reliability_below=lots");
        assertThat(notANumber.status()).isEqualTo(400);

        Response export = api.get(ApiClient.DASHBOARD + "/customers/export/?reliability_below=70");
        assertThat(export.status()).isEqualTo(200);
        List<String> lines = export.body().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst()).endsWith("\"reliability\",\"late_cancellation_count\"");
        assertThat(lines.get(1)).contains("Api Poor").endsWith("\"33\",\"0\"");
    }

    @Test
    void aBookingLeavingTheWindowMovesTheFigureOn() throws InterruptedException {
        TestProvider provider = data.newProvider();
        Instant leaving = Instant.now().minus(Reliability.WINDOW).plusSeconds(2).truncatedTo(ChronoUnit.MICROS);
        BookingRef ref = create(provider, "Lena Leaving", leaving, BookingStatus.COMPLETED);
        book(provider, ref.customerId(), daysAgo(3), BookingStatus.COMPLETED);
        long noShow = book(provider, ref.customerId(), daysAgo(2), BookingStatus.CONFIRMED);
        data.as(provider, () -> bookings.changeStatus(noShow, BookingStatus.NO_SHOW));
        assertThat(details(provider, ref).reliability().percent()).isEqualTo(66);

        FigureCheck.Report overdue = data.asAdmin(() -> check.checkProvider(provider.id(),
                leaving.plus(Reliability.WINDOW).plus(FigureCheck.ROLLOVER_GRACE).plusSeconds(1)));
        assertThat(overdue.mismatchCount()).as("stale once the roll-over should long have run").isEqualTo(1);

        while (!Instant.now().isAfter(leaving.plus(Reliability.WINDOW))) {
            Thread.sleep(100);
        }
        assertThat(rollover.rollOver(Instant.now())).isPositive();
        Reliability after = details(provider, ref).reliability();
        assertThat(after).isEqualTo(Reliability.of(1, 1, 0));
        assertThat(after.percent()).as("two bookings left in the window").isNull();
        assertThat(data.asAdmin(() -> check.checkProvider(provider.id())).isClean()).isTrue();
    }

    /** A customer with this many completed bookings (at least one) and no-shows in the last weeks. */
    private BookingRef customerWith(TestProvider provider, String name, int attended, int noShows) {
        BookingRef ref = create(provider, name, daysAgo(40), BookingStatus.COMPLETED);
        for (int i = 1; i < attended; i++) {
            book(provider, ref.customerId(), daysAgo(40 - i), BookingStatus.COMPLETED);
        }
        for (int i = 0; i < noShows; i++) {
            long id = book(provider, ref.customerId(), daysAgo(10 + i), BookingStatus.CONFIRMED);
            data.as(provider, () -> bookings.changeStatus(id, BookingStatus.NO_SHOW));
        }
        return ref;
    }

    private BookingRef create(TestProvider provider, String name, Instant start, BookingStatus status) {
        String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com";
        return data.as(provider, () -> bookings.create(NewBooking.forNewCustomer(
                new CustomerContact(name, email, null), "Cut", start, 30, BigDecimal.TEN, status)));
    }

    private long book(TestProvider provider, long customerId, Instant start, BookingStatus status) {
        return data.as(provider, () -> bookings.create(NewBooking.forCustomer(customerId, "Cut", start, 30,
                BigDecimal.TEN, status))).bookingId();
    }

    private List<Long> ids(TestProvider provider, CustomerFilter filter, CustomerOrder order) {
        return data.as(provider, () -> customers.list(filter, order, 0, 50)).stream().map(CustomerRow::relationId)
                .toList();
    }

    private CustomerDetails details(TestProvider provider, BookingRef ref) {
        return data.as(provider, () -> customers.details(ref.relationId()));
    }

    private String english(com.clientele.base.Text text) {
        return messages.getMessage(text, Locale.ENGLISH);
    }

    private static Instant daysAgo(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    }
}
