package com.clientele.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.activity.ActivityEntry;
import com.clientele.base.InvalidInputException;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A block may end by itself (SPEC 11): at its end the customer is bookable again and the status follows. */
@IntegrationTest
class BlockExpiryTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    CustomerService customers;
    @Autowired
    BookingService bookings;
    @Autowired
    CustomerTimeline timeline;
    @Autowired
    BlockExpiry expiry;

    @Test
    void aBlockThatEndsIsLiftedAndTheCustomerCanBeBookedAgain() throws InterruptedException {
        TestProvider provider = data.newProvider();
        BookingRef ref = data.book(provider, "Ella Ending", "ella-" + provider.id() + "@example.com",
                BookingStatus.COMPLETED, "20.00", 3);
        Instant end = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MICROS);
        CustomerDetails blocked = data.as(provider, () -> customers.block(ref.relationId(), "Two no-shows", end));
        assertThat(blocked.status()).isEqualTo(CustomerStatus.BLOCKED);
        assertThat(blocked.blockedUntil()).isEqualTo(end);
        assertThatThrownBy(() -> book(provider, ref)).isInstanceOf(CustomerBlockedException.class);
        expiry.liftEnded(Instant.now());
        assertThat(data.as(provider, () -> customers.details(ref.relationId())).blocked()).as("not yet").isTrue();

        while (!Instant.now().isAfter(end)) {
            Thread.sleep(100);
        }
        expiry.liftEnded(Instant.now()); // the scheduled run may have been first: either lifts it

        CustomerDetails lifted = data.as(provider, () -> customers.details(ref.relationId()));
        assertThat(lifted.blocked()).isFalse();
        assertThat(lifted.blockedUntil()).isNull();
        assertThat(lifted.blockedReason()).isNull();
        assertThat(lifted.status()).isEqualTo(CustomerStatus.NEW);
        assertThat(lifted.version()).isGreaterThan(blocked.version());
        assertThat(data.as(provider, () -> customers.count(new CustomerFilter(null, CustomerStatus.BLOCKED))))
                .isZero();
        List<ActivityEntry> events = data.as(provider, () -> timeline.forCustomer(ref.customerId(), 10));
        assertThat(events.getFirst().summary()).isEqualTo("The block ended");
        assertThat(events.getFirst().actor()).isEqualTo("system");
        book(provider, ref);
    }

    @Test
    void anEndInThePastOrFarAheadIsRefusedAndNothingChanges() {
        TestProvider provider = data.newProvider();
        BookingRef ref = data.book(provider, "Pat Past", "pat-" + provider.id() + "@example.com",
                BookingStatus.COMPLETED, "20.00", 3);
        assertThatThrownBy(() -> data.as(provider, () -> customers.block(ref.relationId(), "Rude",
                Instant.now().minusSeconds(60))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("blocked_until"));
        assertThatThrownBy(() -> data.as(provider, () -> customers.block(ref.relationId(), "Rude",
                Instant.now().plus(CustomerService.BLOCK_LONGEST).plus(Duration.ofDays(1)))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(data.as(provider, () -> customers.details(ref.relationId())).blocked()).isFalse();
    }

    @Test
    void theApiSetsAndAnswersTheEnd() {
        TestProvider provider = data.newProvider();
        BookingRef ref = data.book(provider, "Api Ending", "api-ending-" + provider.id() + "@example.com",
                BookingStatus.COMPLETED, "20.00", 3);
        ApiClient api = ApiClient.at(port, data.apiToken(provider));
        String path = ApiClient.DASHBOARD + "/customers/" + ref.relationId() + "/";
        Instant end = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

        Response blocked = api.patch(path, "{\"is_blocked\": true, \"blocked_reason\": \"Late twice\","
                + " \"blocked_until\": \"" + end + "\"}");
        assertThat(blocked.status()).as(blocked.body()).isEqualTo(200);
        JsonNode customer = blocked.json();
        assertThat(customer.get("blocked_until").asString()).isEqualTo(end.toString());
        assertThat(customer.get("customer_status").asString()).isEqualTo("blocked");

        Response past = api.patch(path, "{\"is_blocked\": true, \"blocked_reason\": \"Late\","
                + " \"blocked_until\": \"2020-01-01T00:00:00Z\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("blocked_until").contains("in the future");
        Response garbled = api.patch(path, "{\"is_blocked\": true, \"blocked_reason\": \"Late\","
                + " \"blocked_until\": \"next week\"}");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.body()).contains("ISO-8601");
        Response alone = api.patch(path, "{\"blocked_until\": \"" + end.plusSeconds(60) + "\"}");
        assertThat(alone.status()).isEqualTo(400);
        assertThat(data.as(provider, () -> customers.details(ref.relationId())).blockedUntil())
                .as("nothing changed by the refusals").isEqualTo(end);
    }

    private void book(TestProvider provider, BookingRef ref) {
        data.as(provider, () -> bookings.create(NewBooking.forCustomer(ref.customerId(), "Cut",
                Instant.now().plus(Duration.ofDays(3)), 30, BigDecimal.TEN, BookingStatus.CONFIRMED)));
    }
}
