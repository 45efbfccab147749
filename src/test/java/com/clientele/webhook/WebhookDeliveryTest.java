package com.clientele.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clientele.ApiClient;
import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.TestMailServer;
import com.clientele.activity.ActivityRecorded;
import com.clientele.activity.ActivitySubject;
import com.clientele.activity.ActivityType;
import com.clientele.base.Sql;
import com.clientele.booking.BookingRef;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewRule;
import com.clientele.booking.NoShowRules;
import com.clientele.booking.RuleAction;
import com.clientele.booking.RuleCounts;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events to a real receiver (the JDK's HTTP server on 127.0.0.1): what is sent and how it is signed,
 * that {@code data} is what the REST API answers, retries, timeouts, redirects, the back-off up to
 * giving up, the auto-disable after 3 days, and claims across instances. The sender is driven with a
 * time of the test's choosing ({@link WebhookSender#sendDue}); the poll stays out of the way in tests.
 */
@IntegrationTest
class WebhookDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    WebhookService webhooks;
    @Autowired
    WebhookSender sender;
    @Autowired
    BookingService bookings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    WebhookRecorder recorder;
    @Autowired
    NoShowRules rules;

    WebhookReceiver receiver;
    TestProvider provider;

    @BeforeEach
    void setUp() {
        receiver = new WebhookReceiver();
        provider = data.newProvider();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
        // nothing of this test waits for a later one's sender runs
        data.as(provider, () -> webhooks.list().forEach(endpoint -> webhooks.delete(endpoint.id())));
    }

    @Test
    void aNewBookingIsPostedSignedWithTheBookingAsTheApiAnswersIt() {
        CreatedWebhookEndpoint endpoint = endpoint("/hooks", WebhookEventType.BOOKING_CREATED);
        ApiClient api = ApiClient.at(port, data.apiToken(provider));
        ApiClient.Response created = api.post(ApiClient.DASHBOARD + "/bookings/", """
                {"customer": {"name": "Hook Customer", "email": "hook-%d@hooks.example"}, "service_name": "Colour",
                 "start_time": "2026-02-10T14:30:00Z", "duration_minutes": 60, "price": "85.00"}"""
                .formatted(System.nanoTime()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        awaitDeliveries(endpoint, 1);
        Instant at = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        sender.sendDue(() -> at);
        assertThat(receiver.received()).hasSize(1);

        WebhookReceiver.Received request = receiver.received().getFirst();
        assertThat(request.path()).isEqualTo("/hooks");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Webhook-Timestamp")).isEqualTo(String.valueOf(at.getEpochSecond()));
        assertThat(request.header("Webhook-Signature"))
                .as("v1= and the HMAC-SHA256 of timestamp.body, recomputed here")
                .isEqualTo("v1=" + hmacSha256(endpoint.secret(), at.getEpochSecond() + "." + request.body()));
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.propertyNames()).containsExactly("id", "type", "created_at", "data");
        assertThat(body.get("id").stringValue()).startsWith("evt_").isEqualTo(request.header("Webhook-Id"));
        assertThat(body.get("type").stringValue()).isEqualTo("booking.created");
        assertThat(Instant.parse(body.get("created_at").stringValue())).isBefore(at.plusSeconds(1));
        assertThat(body.get("data")).as("the booking as POST /bookings/ answered it").isEqualTo(created.json());

        WebhookDelivery delivery = deliveries(endpoint).getFirst();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastStatusCode()).isEqualTo(200);
        assertThat(delivery.eventId()).isEqualTo(body.get("id").stringValue());
        assertThat(find(endpoint).lastAttemptOk()).isTrue();
    }

    @Test
    void changedNotesAreACustomerUpdateWithTheCustomerAsThePatchAnswersIt() {
        BookingRef booking = data.book(provider, "Notes Customer", "notes-" + System.nanoTime() + "@hooks.example",
                BookingStatus.CONFIRMED, "40.00", 3);
        CreatedWebhookEndpoint endpoint = endpoint("/customers", WebhookEventType.CUSTOMER_UPDATED);
        ApiClient api = ApiClient.at(port, data.apiToken(provider));
        ApiClient.Response patched = api.patch(ApiClient.DASHBOARD + "/customers/" + booking.relationId() + "/",
                "{\"notes\": \"Prefers mornings\"}");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);

        awaitDeliveries(endpoint, 1);
        sender.sendDue(Instant::now);

        JsonNode body = JSON.readTree(receiver.received().getFirst().body());
        assertThat(body.get("type").stringValue()).isEqualTo("customer.updated");
        assertThat(body.get("data")).as("the customer as the PATCH answered it").isEqualTo(patched.json());
        assertThat(body.get("data").get("notes").stringValue()).isEqualTo("Prefers mornings");
    }

    @Test
    void aBlockByANoShowRuleIsACustomerBlockedEventNamingTheRuleAndItsEnd() {
        data.as(provider, () -> rules.create(new NewRule(RuleCounts.NO_SHOWS, 1, 30, RuleAction.BLOCK_FOR, 14)));
        BookingRef booking = data.book(provider, "Rule Customer", "rule-" + System.nanoTime() + "@hooks.example",
                BookingStatus.CONFIRMED, "30.00", 2);
        CreatedWebhookEndpoint endpoint = endpoint("/blocked", WebhookEventType.CUSTOMER_BLOCKED);
        data.as(provider, () -> bookings.changeStatus(booking.bookingId(), BookingStatus.NO_SHOW));

        awaitDeliveries(endpoint, 1);
        sender.sendDue(Instant::now);
        JsonNode body = JSON.readTree(receiver.received().getFirst().body());
        assertThat(body.get("type").stringValue()).isEqualTo("customer.blocked");
        assertThat(body.get("data").get("id").longValue()).isEqualTo(booking.relationId());
        assertThat(body.get("data").get("blocked_reason").stringValue()).isEqualTo("Rule: 1 no-show in 30 days");
        assertThat(Instant.parse(body.get("data").get("blocked_until").stringValue()))
                .isAfter(Instant.now().plus(java.time.Duration.ofDays(13)));
    }

    @Test
    void onlySubscribedTypesOfEnabledEndpointsGetDeliveries() {
        CreatedWebhookEndpoint statuses = endpoint("/status", WebhookEventType.BOOKING_STATUS_CHANGED);
        CreatedWebhookEndpoint off = endpoint("/off", WebhookEventType.BOOKING_STATUS_CHANGED);
        data.as(provider, () -> webhooks.setEnabled(off.endpoint().id(), false));
        BookingRef booking = data.book(provider, "Status Customer", "status-" + System.nanoTime() + "@hooks.example",
                BookingStatus.PENDING, "30.00", 0);
        data.as(provider, () -> bookings.changeStatus(booking.bookingId(), BookingStatus.CONFIRMED));

        awaitDeliveries(statuses, 1);
        sender.sendDue(Instant::now);
        JsonNode body = JSON.readTree(receiver.received().getFirst().body());
        assertThat(body.get("type").stringValue()).isEqualTo("booking.status_changed");
        assertThat(body.get("data").get("status").stringValue()).isEqualTo("confirmed");
        assertThat(body.get("data").get("id").longValue()).isEqualTo(booking.bookingId());
        assertThat(deliveries(statuses)).as("the booking's creation is not subscribed").hasSize(1);
        assertThat(deliveries(off)).as("a disabled endpoint gets nothing").isEmpty();
    }

    @Test
    void aFailedAttemptIsTriedAgainAfterAMinuteAndThenDelivered() {
        CreatedWebhookEndpoint endpoint = endpoint("/flaky", WebhookEventType.BOOKING_CREATED);
        receiver.answer(500);
        book();
        awaitDeliveries(endpoint, 1);
        double retries = count("retry");
        Instant first = Instant.now().truncatedTo(ChronoUnit.MICROS);

        sender.sendDue(() -> first);
        WebhookDelivery failed = deliveries(endpoint).getFirst();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(failed.lastStatusCode()).isEqualTo(500);
        assertThat(failed.nextAttemptAt()).isEqualTo(first.plus(Duration.ofMinutes(1)));
        assertThat(count("retry")).isGreaterThanOrEqualTo(retries + 1);
        sender.sendDue(() -> first.plusSeconds(59));
        assertThat(receiver.received()).as("not due yet").hasSize(1);

        receiver.answer(204);
        sender.sendDue(() -> first.plus(Duration.ofMinutes(1)));
        WebhookDelivery delivered = deliveries(endpoint).getFirst();
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).header("Webhook-Id"))
                .as("the same event id on every attempt").isEqualTo(receiver.received().get(0).header("Webhook-Id"));
        assertThat(attempts(delivered.id())).extracting(row -> row.statusCode()).containsExactly(500, 204);
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsATimeoutAndTriedAgain() {
        CreatedWebhookEndpoint endpoint = endpoint("/slow", WebhookEventType.BOOKING_CREATED);
        receiver.waitBeforeAnswering(Duration.ofSeconds(4)); // the tests' timeout is 2 s
        book();
        awaitDeliveries(endpoint, 1);

        sender.sendDue(Instant::now);
        WebhookDelivery delivery = deliveries(endpoint).getFirst();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.lastError()).isEqualTo(AttemptError.TIMEOUT);
        assertThat(delivery.lastStatusCode()).isNull();
        assertThat(delivery.nextAttemptAt()).isNotNull();
    }

    @Test
    void aRedirectIsNotFollowedAndCountsAsAFailure() {
        CreatedWebhookEndpoint endpoint = endpoint("/moved", WebhookEventType.BOOKING_CREATED);
        receiver.redirectTo("/elsewhere");
        book();
        awaitDeliveries(endpoint, 1);

        sender.sendDue(Instant::now);
        assertThat(receiver.received()).extracting(WebhookReceiver.Received::path).containsExactly("/moved");
        WebhookDelivery delivery = deliveries(endpoint).getFirst();
        assertThat(delivery.lastStatusCode()).isEqualTo(302);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void aDeliveryFailingFor24HoursIsMarkedFailedOnTheBackOffSchedule() {
        CreatedWebhookEndpoint endpoint = endpoint("/down", WebhookEventType.BOOKING_CREATED);
        receiver.answer(503);
        book();
        awaitDeliveries(endpoint, 1);
        double failures = count("failed");
        Instant first = Instant.now().truncatedTo(ChronoUnit.MICROS);

        Instant next = first;
        for (int attempt = 0; attempt < 100 && next != null; attempt++) {
            Instant at = next;
            sender.sendDue(() -> at);
            next = deliveries(endpoint).getFirst().nextAttemptAt();
        }

        WebhookDelivery delivery = deliveries(endpoint).getFirst();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.nextAttemptAt()).isNull();
        List<Instant> times = attempts(delivery.id()).stream().map(Attempt::at).toList();
        List<Duration> pauses = java.util.stream.IntStream.range(1, times.size())
                .mapToObj(i -> Duration.between(times.get(i - 1), times.get(i))).toList();
        assertThat(pauses.subList(0, 8)).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L,
                60L);
        assertThat(times.getLast()).isBeforeOrEqualTo(first.plus(Duration.ofHours(24)))
                .isAfter(first.plus(Duration.ofHours(23)));
        assertThat(times).hasSize(29);
        // other classes' pending deliveries (to closed ports) may be given up in the same runs
        assertThat(count("failed")).isGreaterThanOrEqualTo(failures + 1);
        assertThat(find(endpoint.endpoint()).enabled()).as("one day of failures does not disable it").isTrue();
    }

    @Test
    void anEndpointFailingForThreeDaysIsDisabledAuditedAndItsOwnerIsTold() {
        CreatedWebhookEndpoint endpoint = endpoint("/gone", WebhookEventType.BOOKING_CREATED);
        receiver.answer(500);
        book();
        awaitDeliveries(endpoint, 1);
        Instant first = Instant.now().truncatedTo(ChronoUnit.MICROS);
        sender.sendDue(() -> first);
        sender.sendDue(() -> first.plus(Duration.ofHours(30)));
        assertThat(find(endpoint.endpoint()).enabled()).as("30 hours of failures").isTrue();

        book();
        awaitDeliveries(endpoint, 2);
        sender.sendDue(() -> first.plus(Duration.ofHours(72)).plusSeconds(1));

        WebhookEndpoint disabled = find(endpoint.endpoint());
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.disabledAt()).isEqualTo(first.plus(Duration.ofHours(72)).plusSeconds(1));
        assertThat(deliveries(endpoint)).as("what waits is kept, without a next attempt")
                .anySatisfy(delivery -> {
                    assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
                    assertThat(delivery.nextAttemptAt()).isNull();
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'WEBHOOK_AUTO_DISABLED' AND actor = 'system'"
                        + " AND target = :url").param("url", disabled.url()).query(Integer.class).single()).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> TestMailServer.mailsTo(provider.email()).stream()
                .anyMatch(mail -> TestMailServer.subject(mail).startsWith("A webhook of")));

        int made = receiver.received().size();
        data.as(provider, () -> webhooks.setEnabled(disabled.id(), true));
        receiver.answer(200);
        sender.sendDue(Instant::now);
        assertThat(receiver.received().size()).as("turned on again, the waiting events go out").isGreaterThan(made);
        assertThat(deliveries(endpoint)).allSatisfy(delivery ->
                assertThat(delivery.status()).isIn(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED));
    }

    @Test
    void aSuccessInBetweenKeepsAnEndpointOn() {
        CreatedWebhookEndpoint endpoint = endpoint("/mostly", WebhookEventType.BOOKING_CREATED);
        receiver.answer(500);
        book();
        awaitDeliveries(endpoint, 1);
        Instant first = Instant.now().truncatedTo(ChronoUnit.MICROS);
        sender.sendDue(() -> first);
        receiver.answer(200);
        book();
        awaitDeliveries(endpoint, 2);
        sender.sendDue(() -> first.plus(Duration.ofHours(10)));
        receiver.answer(500);
        book();
        awaitDeliveries(endpoint, 3);
        sender.sendDue(() -> first.plus(Duration.ofHours(73)));

        assertThat(find(endpoint.endpoint()).enabled()).as("its last success was 63 hours ago").isTrue();
    }

    @Test
    void aDeliveryClaimedByAnInstanceThatDiedIsDeliveredAfterTheLease() {
        CreatedWebhookEndpoint endpoint = endpoint("/claimed", WebhookEventType.BOOKING_CREATED);
        book();
        awaitDeliveries(endpoint, 1);
        long id = deliveries(endpoint).getFirst().id();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        claim(id, now.minus(Duration.ofMinutes(2)));

        sender.sendDue(() -> now);
        assertThat(receiver.received()).as("another instance holds a live claim").isEmpty();

        claim(id, now.minus(Duration.ofMinutes(11))); // the lease is 10 minutes: that instance stopped
        sender.sendDue(() -> now);
        assertThat(receiver.received()).hasSize(1);
        assertThat(deliveries(endpoint).getFirst().status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void aDeliveryAnotherSenderIsClaimingIsSkippedNotWaitedFor() throws Exception {
        CreatedWebhookEndpoint endpoint = endpoint("/locked", WebhookEventType.BOOKING_CREATED);
        book();
        awaitDeliveries(endpoint, 1);
        long id = deliveries(endpoint).getFirst().id();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = Thread.ofPlatform().start(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("SELECT id FROM webhook_delivery WHERE id = :id FOR UPDATE").param("id", id).query(Long.class)
                    .single();
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            sender.sendDue(Instant::now);
            assertThat(receiver.received()).as("the row locked by the other sender is skipped").isEmpty();
        } finally {
            release.countDown();
            other.join();
        }
        sender.sendDue(Instant::now);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void aDeliveredEventIsDeliveredAgainOnRequest() {
        CreatedWebhookEndpoint endpoint = endpoint("/again", WebhookEventType.BOOKING_CREATED);
        book();
        awaitDeliveries(endpoint, 1);
        sender.sendDue(Instant::now);
        WebhookDelivery delivered = deliveries(endpoint).getFirst();

        WebhookDelivery planned = data.as(provider, () -> webhooks.redeliver(endpoint.endpoint().id(), delivered.id()));
        assertThat(planned.status()).isEqualTo(DeliveryStatus.PENDING);
        sender.sendDue(Instant::now);

        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
        assertThat(deliveries(endpoint).getFirst().attempts()).isEqualTo(2);
    }

    @Test
    void theListenerHandedTheSameEventAgainAddsNoSecondDelivery() {
        CreatedWebhookEndpoint endpoint = endpoint("/once", WebhookEventType.BOOKING_CREATED);
        BookingRef booking = book();
        awaitDeliveries(endpoint, 1);
        WebhookDelivery first = deliveries(endpoint).getFirst();
        String body = jdbc.sql("SELECT body FROM webhook_delivery WHERE id = :id").param("id", first.id())
                .query(String.class).single();
        Instant occurred = Instant.parse(JSON.readTree(body).get("created_at").stringValue());

        // what the registry does after a stop: the same publication to the listener once more
        WebhookRecorder target = AopTestUtils.getUltimateTargetObject(recorder);
        target.on(new ActivityRecorded(provider.id(), ActivityType.BOOKING_CREATED,
                ActivitySubject.booking(booking.customerId(), booking.relationId(), booking.bookingId()), occurred));

        assertThat(deliveries(endpoint)).extracting(WebhookDelivery::id).containsExactly(first.id());
    }

    private BookingRef book() {
        return data.book(provider, "Hook Customer", "hook-" + System.nanoTime() + "@hooks.example",
                BookingStatus.CONFIRMED, "50.00", 1);
    }

    private CreatedWebhookEndpoint endpoint(String path, WebhookEventType... types) {
        return data.as(provider, () -> webhooks.create(new WebhookEndpointRequest(receiver.url(path), null,
                EnumSet.copyOf(Set.of(types)), true)));
    }

    private WebhookEndpoint find(CreatedWebhookEndpoint endpoint) {
        return find(endpoint.endpoint());
    }

    private WebhookEndpoint find(WebhookEndpoint endpoint) {
        return data.as(provider, () -> webhooks.find(endpoint.id()));
    }

    private List<WebhookDelivery> deliveries(CreatedWebhookEndpoint endpoint) {
        return data.as(provider, () -> webhooks.deliveries(endpoint.endpoint().id(), 0, 100));
    }

    /** The listener writes deliveries after the writer's commit, on another thread. */
    private void awaitDeliveries(CreatedWebhookEndpoint endpoint, int count) {
        await().atMost(PATIENCE).until(() -> deliveries(endpoint).size() >= count);
    }

    private record Attempt(Instant at, Integer statusCode) {
    }

    private List<Attempt> attempts(long deliveryId) {
        return jdbc.sql("SELECT attempted_at, status_code FROM webhook_attempt WHERE delivery_id = :id ORDER BY attempt")
                .param("id", deliveryId)
                .query((rs, row) -> new Attempt(Sql.instant(rs, "attempted_at"), rs.getObject("status_code", Integer.class)))
                .list();
    }

    private void claim(long deliveryId, Instant at) {
        jdbc.sql("UPDATE webhook_delivery SET claimed_at = :at WHERE id = :id").param("id", deliveryId)
                .param("at", Sql.param(at)).update();
    }

    private double count(String outcome) {
        return meters.counter(WebhookSender.METER, "outcome", outcome).count();
    }

    static String hmacSha256(String secret, String content) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(content.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
