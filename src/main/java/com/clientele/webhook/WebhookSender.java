package com.clientele.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries (SPEC §15). Every {@code app.webhooks.poll-every} each instance claims a batch
 * in a short transaction ({@code SELECT … FOR UPDATE SKIP LOCKED}, then {@code claimed_at}), so several
 * servers never take the same attempt; then POSTs each one and records the attempt. A claim older than
 * {@code app.webhooks.lease} belongs to an instance that stopped mid-batch and is taken again: a
 * delivery cut off by a restart is still made (at least once). The queue is the table; nothing waits
 * in memory.
 *
 * <p>Each attempt: {@code POST} of the stored body with {@code Content-Type: application/json},
 * {@code Webhook-Id} (the event id), {@code Webhook-Timestamp} (epoch seconds) and
 * {@code Webhook-Signature} ({@link WebhookSignature}); connect and read timeout
 * {@code app.webhooks.timeout}; redirects are not followed. A 2xx answer is delivered; anything else
 * (3xx included), a timeout or a connection failure is retried after {@link WebhookBackoff}'s pause,
 * and marked failed once that would pass 24 h after the first attempt.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    static final String METER = "clientele.webhook.deliveries";

    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookUrls urls;
    private final WebhookBackoff backoff;
    private final EndpointHealth health;
    private final WebhookSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final HttpClient http;
    private final Counter delivered;
    private final Counter retried;
    private final Counter failed;

    WebhookSender(WebhookDeliveries deliveries, WebhookEndpoints endpoints, WebhookUrls urls, WebhookBackoff backoff,
            EndpointHealth health, WebhookSettings settings, PlatformTransactionManager transactions, Clock clock,
            MeterRegistry meters) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.urls = urls;
        this.backoff = backoff;
        this.health = health;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.delivered = counter(meters, "delivered");
        this.retried = counter(meters, "retry");
        this.failed = counter(meters, "failed");
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder(METER).tag("outcome", outcome)
                .description("Webhook delivery attempts by outcome: delivered, retry (failed, tried again later),"
                        + " failed (given up)")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${app.webhooks.poll-every}", initialDelayString = "${app.webhooks.poll-every}")
    @SchedulerLock(name = "webhooks.send-due", lockAtLeastFor = "${app.webhooks.poll-every}")
    public void poll() {
        try {
            sendDue(clock::instant);
        } catch (RuntimeException e) {
            // the database may be down for a moment; the next poll tries again
            log.warn("Sending due webhooks failed: {}", e.toString());
        }
    }

    /**
     * Claims and sends what is due, batch after batch until nothing is left.
     *
     * @param now the time of the claim and of each attempt (the clock; a fixed time in tests)
     * @return how many attempts were made
     */
    int sendDue(Supplier<Instant> now) {
        int attempts = 0;
        while (true) {
            Instant claimedAt = micros(now.get());
            List<Long> claimed = transaction.execute(status ->
                    deliveries.claim(claimedAt, claimedAt.minus(settings.lease()), settings.batchSize()));
            if (claimed == null || claimed.isEmpty()) {
                return attempts;
            }
            for (long id : claimed) {
                if (attempt(id, now)) {
                    attempts++;
                }
            }
        }
    }

    /** One attempt of a claimed delivery; false when there was none to make (endpoint gone or off). */
    private boolean attempt(long deliveryId, Supplier<Instant> now) {
        Optional<WebhookDeliveries.Due> found = deliveries.due(deliveryId);
        Optional<WebhookEndpoints.Target> endpoint = found.flatMap(due -> endpoints.target(due.endpointId()));
        if (found.isEmpty() || endpoint.isEmpty() || !endpoint.get().enabled()) {
            found.ifPresent(due -> deliveries.release(due.id()));
            return false;
        }
        WebhookDeliveries.Due due = found.get();
        Instant at = micros(now.get());
        long started = System.nanoTime();
        Outcome outcome = send(due, endpoint.get(), at);
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        Instant first = due.firstAttemptAt() == null ? at : due.firstAttemptAt();
        Instant next = outcome.succeeded() ? null : backoff.nextAttempt(first, due.attempts() + 1, at).orElse(null);
        transaction.executeWithoutResult(status -> {
            boolean enabled = endpoints.target(due.endpointId()).map(WebhookEndpoints.Target::enabled).orElse(false);
            deliveries.recordAttempt(due, at, durationMs, outcome.statusCode(), outcome.error(), outcome.succeeded(),
                    next, enabled);
            endpoints.recordAttempt(due.endpointId(), outcome.succeeded(), at);
        });
        (outcome.succeeded() ? delivered : next != null ? retried : failed).increment();
        if (!outcome.succeeded()) {
            health.check(due.endpointId(), at);
        }
        return true;
    }

    private record Outcome(@Nullable Integer statusCode, @Nullable AttemptError error) {

        boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private Outcome send(WebhookDeliveries.Due due, WebhookEndpoints.Target endpoint, Instant at) {
        URI uri = URI.create(endpoint.url());
        if (!urls.mayCall(uri)) {
            return new Outcome(null, AttemptError.ADDRESS_NOT_ALLOWED);
        }
        long timestamp = at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Clientele-Webhooks/1")
                .header("Webhook-Id", due.eventId())
                .header("Webhook-Timestamp", String.valueOf(timestamp))
                .header("Webhook-Signature", WebhookSignature.header(endpoint.secret(), timestamp, due.body()))
                .POST(HttpRequest.BodyPublishers.ofString(due.body(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), null);
        } catch (HttpTimeoutException e) { // connecting or waiting for the answer
            return new Outcome(null, AttemptError.TIMEOUT);
        } catch (IOException | IllegalArgumentException e) {
            log.debug("Webhook attempt to {} failed: {}", endpoint.url(), e.toString());
            return new Outcome(null, AttemptError.CONNECTION_FAILED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, AttemptError.CONNECTION_FAILED);
        }
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
