package com.clientele.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.clientele.ApiClient;
import com.clientele.ApiClient.Response;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.activity.ActivityEntry;
import com.clientele.activity.ActivityType;
import com.clientele.base.ConflictException;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.customer.CustomerBlockedException;
import com.clientele.customer.CustomerDetails;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerTimeline;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * SPEC 11's rules: evaluated in the transaction that records a no-show or a late cancellation, the
 * strongest rule reached acts, an exempt customer is left alone, and bad rules are refused.
 */
@IntegrationTest
class NoShowRulesTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    NoShowRules rules;
    @Autowired
    BookingService bookings;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerTimeline timeline;
    @Autowired
    FigureCheck check;

    @Test
    void reachingABlockRuleBlocksForItsDaysWithTheRuleAsReason() {
        TestProvider provider = data.newProvider();
        data.as(provider, () -> rules.create(new NewRule(RuleCounts.NO_SHOWS, 2, 90, RuleAction.BLOCK_FOR, 30)));
        BookingRef ref = data.book(provider, "Nico Noshow", "nico-" + provider.id() + "@example.com",
                BookingStatus.COMPLETED, "30.00", 20);

        noShow(provider, ref.customerId(), 10);
        assertThat(details(provider, ref).blocked()).as("one no-show is not two").isFalse();
        long second = noShow(provider, ref.customerId(), 5);
        data.as(provider, () -> bookings.changeStatus(second, BookingStatus.NO_SHOW)); // again: nothing new

        CustomerDetails blocked = details(provider, ref);
        assertThat(blocked.blocked()).isTrue();
        assertThat(blocked.blockedReason()).isEqualTo("Rule: 2 no-shows in 90 days");
        assertThat(blocked.blockedUntil()).isCloseTo(Instant.now().plus(Duration.ofDays(30)), within(1, ChronoUnit.MINUTES));
        assertThat(blocked.noShowCount()).isEqualTo(2);
        List<ActivityEntry> events = data.as(provider, () -> timeline.forCustomer(ref.customerId(), 10));
        assertThat(events).filteredOn(event -> event.type() == ActivityType.BLOCKED).singleElement()
                .extracting(ActivityEntry::summary).asString().startsWith("Rule: 2 no-shows in 90 days (until ");
        assertThatThrownBy(() -> book(provider, ref.customerId(), Instant.now().plus(Duration.ofDays(2)),
                BookingStatus.CONFIRMED)).isInstanceOf(CustomerBlockedException.class);
        assertThat(data.asAdmin(() -> check.checkProvider(provider.id())).isClean()).isTrue();
    }

    @Test
    void aLateCancellationRaisesAFlagAndAnEarlyOneDoesNot() {
        TestProvider provider = data.newProvider();
        data.as(provider, () -> rules.create(new NewRule(RuleCounts.LATE_CANCELLATIONS, 1, 30, RuleAction.FLAG, null)));
        BookingRef ref = data.book(provider, "Fay Flag", "fay-" + provider.id() + "@example.com",
                BookingStatus.COMPLETED, "30.00", 20);

        long early = book(provider, ref.customerId(), Instant.now().plus(Duration.ofDays(4)), BookingStatus.CONFIRMED);
        data.as(provider, () -> bookings.changeStatus(early, BookingStatus.CANCELLED));
        assertThat(details(provider, ref).rules().flagged()).isFalse();

        long late = book(provider, ref.customerId(), Instant.now().plus(Duration.ofHours(3)), BookingStatus.CONFIRMED);
        data.as(provider, () -> bookings.changeStatus(late, BookingStatus.CANCELLED));
        CustomerDetails flagged = details(provider, ref);
        assertThat(flagged.rules().flaggedReason()).isEqualTo("Rule: 1 late cancellation in 30 days");
        assertThat(flagged.blocked()).as("a flag does not block").isFalse();

        CustomerDetails cleared = data.as(provider, () -> customers.clearFlag(ref.relationId()));
        assertThat(cleared.rules().flagged()).isFalse();
        assertThat(data.as(provider, () -> timeline.forCustomer(ref.customerId(), 10))).extracting(ActivityEntry::type)
                .contains(ActivityType.FLAGGED, ActivityType.FLAG_CLEARED);
    }

    @Test
    void theStrongestRuleReachedActsAndAnExemptCustomerIsLeftAlone() {
        TestProvider provider = data.newProvider();
        data.as(provider, () -> {
            rules.create(new NewRule(RuleCounts.EITHER, 1, 60, RuleAction.FLAG, null));
            rules.create(new NewRule(RuleCounts.NO_SHOWS, 2, 60, RuleAction.BLOCK, null));
        });
        BookingRef ref = data.book(provider, "Stan Strong", "stan-" + provider.id() + "@example.com",
                BookingStatus.COMPLETED, "30.00", 20);
        BookingRef exempt = data.book(provider, "Ella Exempt", "ella-" + provider.id() + "@example.com",
                BookingStatus.COMPLETED, "30.00", 20);
        data.as(provider, () -> customers.exemptFromRules(exempt.relationId(), "Comes for ten years"));

        noShow(provider, ref.customerId(), 9);
        assertThat(details(provider, ref).rules().flagged()).isTrue();
        noShow(provider, ref.customerId(), 8);
        CustomerDetails blocked = details(provider, ref);
        assertThat(blocked.blockedReason()).isEqualTo("Rule: 2 no-shows in 60 days");
        assertThat(blocked.blockedUntil()).as("until lifted").isNull();

        noShow(provider, exempt.customerId(), 9);
        noShow(provider, exempt.customerId(), 8);
        CustomerDetails left = details(provider, exempt);
        assertThat(left.blocked()).isFalse();
        assertThat(left.rules().flagged()).isFalse();
        assertThat(left.rules().exemption()).isEqualTo("Comes for ten years");
    }

    @Test
    void badRulesAreRefusedWithEveryProblemNamed() {
        TestProvider provider = data.newProvider();
        assertThatThrownBy(() -> data.as(provider, () -> rules.create(new NewRule(null, 0, 731, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("counts", "threshold", "within_days", "action"));
        assertThatThrownBy(() -> data.as(provider, () -> rules.create(
                new NewRule(RuleCounts.NO_SHOWS, -1, 30, RuleAction.BLOCK_FOR, 0))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("threshold", "block_days"));
        assertThatThrownBy(() -> data.as(provider, () -> rules.create(
                new NewRule(RuleCounts.NO_SHOWS, 2, 30, RuleAction.FLAG, 7))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("block_days"));
        data.as(provider, () -> rules.create(new NewRule(RuleCounts.NO_SHOWS, 2, 30, RuleAction.FLAG, null)));
        assertThatThrownBy(() -> data.as(provider, () -> rules.create(
                new NewRule(RuleCounts.NO_SHOWS, 2, 30, RuleAction.FLAG, null)))).isInstanceOf(ConflictException.class);

        TestProvider other = data.newProvider();
        long theirs = data.as(other, () -> rules.create(new NewRule(RuleCounts.NO_SHOWS, 2, 30, RuleAction.FLAG, null)))
                .id();
        BookingRef theirCustomer = data.book(other, "Otto Other", "otto-" + other.id() + "@example.com",
                BookingStatus.COMPLETED, "30.00", 20);
        assertThatThrownBy(() -> data.as(provider, () -> rules.delete(theirs))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.as(provider, () -> customers.exemptFromRules(theirCustomer.relationId(), "Mine")))
                .isInstanceOf(NotFoundException.class);
        assertThat(data.as(provider, rules::list)).hasSize(1);
        assertThat(data.as(other, rules::list)).hasSize(1);
    }

    @Test
    void aNewCutOffJudgesRecordedCancellationsAgain() {
        TestProvider provider = data.newProvider();
        BookingRef ref = data.book(provider, "Carl Cutoff", "carl-" + provider.id() + "@example.com",
                BookingStatus.COMPLETED, "30.00", 20);
        long cancelled = book(provider, ref.customerId(), Instant.now().plus(Duration.ofHours(30)),
                BookingStatus.CONFIRMED);
        data.as(provider, () -> bookings.changeStatus(cancelled, BookingStatus.CANCELLED));
        assertThat(details(provider, ref).reliability().lateCancellations()).as("30 h ahead: not late at 24 h")
                .isZero();

        data.as(provider, () -> rules.changeLateCancellationHours(48));
        assertThat(data.as(provider, rules::lateCancellationHours)).isEqualTo(48);
        assertThat(details(provider, ref).reliability().lateCancellations()).isEqualTo(1);
        assertThat(data.asAdmin(() -> check.checkProvider(provider.id())).isClean()).isTrue();
        assertThatThrownBy(() -> data.as(provider, () -> rules.changeLateCancellationHours(0)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> data.as(provider, () -> rules.changeLateCancellationHours(337)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theApiListsAddsAndDeletesRulesAndSetsTheCutOff() {
        TestProvider provider = data.newProvider();
        ApiClient api = ApiClient.at(port, data.apiToken(provider));
        String path = ApiClient.DASHBOARD + "/no_show_rules/";

        Response created = api.post(path, "{\"counts\": \"no_shows\", \"threshold\": 3, \"within_days\": 90,"
                + " \"action\": \"block_for\", \"block_days\": 30}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode rule = created.json();
        assertThat(rule.get("description").asString()).isEqualTo("3 no-shows in 90 days → Block for 30 days");
        assertThat(rule.get("block_days").asInt()).isEqualTo(30);
        Response again = api.post(path, "{\"counts\": \"no_shows\", \"threshold\": 3, \"within_days\": 90,"
                + " \"action\": \"block_for\", \"block_days\": 30}");
        assertThat(again.status()).isEqualTo(409);
        Response bad = api.post(path, "{\"counts\": \"sometimes\", \"threshold\": 0, \"within_days\": \"90\","
                + " \"action\": \"block\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").propertyNames()).contains("within_days");
        Response badRange = api.post(path, "{\"counts\": \"either\", \"threshold\": 1000, \"within_days\": 9,"
                + " \"action\": \"flag\"}");
        assertThat(badRange.status()).isEqualTo(400);
        assertThat(badRange.body()).contains("from 1 to 50");
        assertThat(api.get(path).json()).hasSize(1);
        assertThat(api.send("DELETE", path + rule.get("id").asLong() + "/", null, null).status()).isEqualTo(204);
        assertThat(api.send("DELETE", path + rule.get("id").asLong() + "/", null, null).status()).isEqualTo(404);

        Response cutoff = api.patch(ApiClient.DASHBOARD + "/no_show_settings/", "{\"late_cancellation_hours\": 12}");
        assertThat(cutoff.status()).as(cutoff.body()).isEqualTo(200);
        assertThat(api.get(ApiClient.DASHBOARD + "/no_show_settings/").json().get("late_cancellation_hours").asInt())
                .isEqualTo(12);
        assertThat(api.patch(ApiClient.DASHBOARD + "/no_show_settings/", "{\"late_cancellation_hours\": -3}")
                .status()).isEqualTo(400);

        BookingRef ref = data.book(provider, "Api Exempt", "api-exempt-" + provider.id() + "@example.com",
                BookingStatus.COMPLETED, "30.00", 20);
        String customer = ApiClient.DASHBOARD + "/customers/" + ref.relationId() + "/";
        Response exempted = api.post(customer + "rules_exemption/", "{\"reason\": \"Family\"}");
        assertThat(exempted.status()).as(exempted.body()).isEqualTo(200);
        assertThat(exempted.json().get("rules_exemption").asString()).isEqualTo("Family");
        assertThat(api.post(customer + "rules_exemption/", "{\"reason\": \" \"}").status()).isEqualTo(400);
        Response ended = api.send("DELETE", customer + "rules_exemption/", null, null);
        assertThat(ended.json().get("rules_exemption").isNull()).isTrue();
    }

    private long noShow(TestProvider provider, long customerId, int daysAgo) {
        long id = book(provider, customerId, Instant.now().minus(Duration.ofDays(daysAgo)), BookingStatus.CONFIRMED);
        data.as(provider, () -> bookings.changeStatus(id, BookingStatus.NO_SHOW));
        return id;
    }

    private long book(TestProvider provider, long customerId, Instant start, BookingStatus status) {
        return data.as(provider, () -> bookings.create(NewBooking.forCustomer(customerId, "Cut",
                start.truncatedTo(ChronoUnit.MINUTES), 30, BigDecimal.TEN, status))).bookingId();
    }

    private CustomerDetails details(TestProvider provider, BookingRef ref) {
        return data.as(provider, () -> customers.details(ref.relationId()));
    }
}
