package com.clientele.webhook;

import com.clientele.base.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code webhook_delivery} and {@code webhook_attempt}: the work queue and its log. */
@Component
class WebhookDeliveries {

    private final JdbcClient jdbc;

    WebhookDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a sender needs for one attempt. */
    record Due(long id, long endpointId, String eventId, String body, int attempts, @Nullable Instant firstAttemptAt) {
    }

    /** Adds the event for the endpoint, due now; nothing when the endpoint has this event already. */
    void add(long endpointId, String eventId, WebhookEventType type, String body, Instant now) {
        jdbc.sql("INSERT IGNORE INTO webhook_delivery (endpoint_id, event_id, event_type, body, status, attempts,"
                        + " created_at, next_attempt_at) VALUES (:endpoint, :event, :type, :body, 'PENDING', 0, :now, :now)")
                .param("endpoint", endpointId).param("event", eventId).param("type", type.code()).param("body", body)
                .param("now", Sql.param(now)).update();
    }

    /** The endpoint's deliveries, newest first. */
    List<WebhookDelivery> page(long endpointId, int offset, int limit) {
        return jdbc.sql(SELECT + " WHERE endpoint_id = :endpoint ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("endpoint", endpointId).param("limit", limit).param("offset", offset)
                .query(WebhookDeliveries::delivery).list();
    }

    int count(long endpointId) {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_delivery WHERE endpoint_id = :endpoint")
                .param("endpoint", endpointId).query(Integer.class).single();
    }

    Optional<WebhookDelivery> find(long endpointId, long deliveryId) {
        return jdbc.sql(SELECT + " WHERE endpoint_id = :endpoint AND id = :id")
                .param("endpoint", endpointId).param("id", deliveryId).query(WebhookDeliveries::delivery).optional();
    }

    /** Plans a new attempt now, with a fresh retry window, whatever the delivery's state. */
    void redeliver(long deliveryId, Instant now) {
        jdbc.sql("UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = :now, first_attempt_at = NULL,"
                        + " claimed_at = NULL WHERE id = :id")
                .param("id", deliveryId).param("now", Sql.param(now)).update();
    }

    /**
     * Takes up to {@code limit} due deliveries for this sender: pending, due, and not claimed by
     * another one since {@code claimExpired}. Rows another transaction is taking right now are
     * skipped (SKIP LOCKED), so two senders never take the same delivery; the claim is committed by
     * the caller's transaction before anything is sent.
     */
    List<Long> claim(Instant now, Instant claimExpired, int limit) {
        List<Long> ids = jdbc.sql("SELECT id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= :now"
                        + " AND (claimed_at IS NULL OR claimed_at < :expired) ORDER BY next_attempt_at, id"
                        + " LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("now", Sql.param(now)).param("expired", Sql.param(claimExpired)).param("limit", limit)
                .query(Long.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE webhook_delivery SET claimed_at = :now WHERE id IN (:ids)")
                    .param("now", Sql.param(now)).param("ids", ids).update();
        }
        return ids;
    }

    Optional<Due> due(long deliveryId) {
        return jdbc.sql("SELECT id, endpoint_id, event_id, body, attempts, first_attempt_at FROM webhook_delivery"
                        + " WHERE id = :id AND status = 'PENDING'")
                .param("id", deliveryId)
                .query((rs, row) -> new Due(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getString("event_id"),
                        rs.getString("body"), rs.getInt("attempts"), Sql.instant(rs, "first_attempt_at")))
                .optional();
    }

    /** Releases a claim without an attempt (the endpoint was disabled or deleted meanwhile). */
    void release(long deliveryId) {
        jdbc.sql("UPDATE webhook_delivery SET claimed_at = NULL WHERE id = :id").param("id", deliveryId).update();
    }

    /**
     * Records one attempt and what follows from it: delivered, another attempt at {@code next}, or
     * (next null and not succeeded) failed for good. Releases the claim.
     */
    void recordAttempt(Due due, Instant at, long durationMs, @Nullable Integer statusCode, @Nullable AttemptError error,
            boolean succeeded, @Nullable Instant next, boolean endpointEnabled) {
        int attempt = due.attempts() + 1;
        jdbc.sql("INSERT INTO webhook_attempt (delivery_id, endpoint_id, attempt, attempted_at, duration_ms,"
                        + " status_code, error, succeeded) VALUES (:delivery, :endpoint, :attempt, :at, :duration,"
                        + " :status, :error, :ok)")
                .param("delivery", due.id()).param("endpoint", due.endpointId()).param("attempt", attempt)
                .param("at", Sql.param(at)).param("duration", durationMs).param("status", statusCode)
                .param("error", error == null ? null : error.name()).param("ok", succeeded).update();
        String status = succeeded ? "DELIVERED" : next == null ? "FAILED" : "PENDING";
        jdbc.sql("UPDATE webhook_delivery SET status = :status, attempts = :attempt,"
                        + " first_attempt_at = COALESCE(first_attempt_at, :at), last_attempt_at = :at,"
                        + " last_status_code = :code, last_error = :error, next_attempt_at = :next, claimed_at = NULL"
                        + " WHERE id = :id")
                .param("id", due.id()).param("status", status).param("attempt", attempt).param("at", Sql.param(at))
                .param("code", statusCode).param("error", error == null ? null : error.name())
                .param("next", endpointEnabled ? Sql.param(next) : null).update();
    }

    /**
     * When the endpoint's failures began: the first failed attempt after its latest success (or ever,
     * without one); empty when the latest attempt succeeded.
     */
    Optional<Instant> failingSince(long endpointId) {
        return jdbc.sql("""
                        SELECT MIN(f.attempted_at) AS since FROM webhook_attempt f
                        WHERE f.endpoint_id = :endpoint AND f.succeeded = FALSE
                          AND f.attempted_at > COALESCE((SELECT MAX(s.attempted_at) FROM webhook_attempt s
                              WHERE s.endpoint_id = :endpoint AND s.succeeded = TRUE), '1000-01-01')""")
                .param("endpoint", endpointId)
                .query((rs, row) -> Optional.ofNullable(Sql.instant(rs, "since"))).single();
    }

    private static final String SELECT = "SELECT id, event_id, event_type, status, attempts, last_status_code,"
            + " last_error, last_attempt_at, next_attempt_at, created_at FROM webhook_delivery";

    private static WebhookDelivery delivery(ResultSet rs, int row) throws SQLException {
        String error = rs.getString("last_error");
        return new WebhookDelivery(rs.getLong("id"), rs.getString("event_id"),
                WebhookEventType.ofCode(rs.getString("event_type")).orElseThrow(),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getObject("last_status_code", Integer.class), error == null ? null : AttemptError.valueOf(error),
                Sql.instant(rs, "last_attempt_at"), Sql.instant(rs, "next_attempt_at"), Sql.instant(rs, "created_at"));
    }
}
