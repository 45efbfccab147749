package com.clientele.webhook;

import com.clientele.base.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The rows of {@code webhook_endpoint}; callers decide who may touch which (the provider id). */
@Component
class WebhookEndpoints {

    /** The secret's first characters that screens show ("whsec_Ab3d…"). */
    static final int HINT_LENGTH = 10;

    private final JdbcClient jdbc;

    WebhookEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An endpoint row with its secret, for signing. */
    record Target(long id, long providerId, String url, String secret, boolean enabled) {
    }

    List<WebhookEndpoint> list(long providerId) {
        return jdbc.sql(SELECT + " WHERE provider_id = :provider ORDER BY id")
                .param("provider", providerId).query(WebhookEndpoints::endpoint).list();
    }

    Optional<WebhookEndpoint> find(long providerId, long id) {
        return jdbc.sql(SELECT + " WHERE provider_id = :provider AND id = :id")
                .param("provider", providerId).param("id", id).query(WebhookEndpoints::endpoint).optional();
    }

    /** The endpoint row locked until the transaction ends; empty for another business's. */
    Optional<Target> lock(long providerId, long id) {
        return jdbc.sql("SELECT id, provider_id, url, secret, enabled FROM webhook_endpoint"
                        + " WHERE provider_id = :provider AND id = :id FOR UPDATE")
                .param("provider", providerId).param("id", id).query(WebhookEndpoints::target).optional();
    }

    Optional<Target> target(long id) {
        return jdbc.sql("SELECT id, provider_id, url, secret, enabled FROM webhook_endpoint WHERE id = :id")
                .param("id", id).query(WebhookEndpoints::target).optional();
    }

    /** The enabled endpoints of the business that subscribed to the type. */
    List<Long> subscribed(long providerId, WebhookEventType type) {
        return jdbc.sql("SELECT id FROM webhook_endpoint WHERE provider_id = :provider AND enabled = TRUE"
                        + " AND FIND_IN_SET(:type, event_types) > 0 ORDER BY id")
                .param("provider", providerId).param("type", type.code()).query(Long.class).list();
    }

    long insert(long providerId, String url, @Nullable String description, Set<WebhookEventType> types, String secret,
            boolean enabled, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO webhook_endpoint (provider_id, url, description, event_types, secret, enabled, created_at,"
                        + " disabled_at) VALUES (:provider, :url, :description, :types, :secret, :enabled, :now,"
                        + " :disabledAt)")
                .param("provider", providerId).param("url", url).param("description", description)
                .param("types", codes(types)).param("secret", secret).param("enabled", enabled)
                .param("now", Sql.param(now)).param("disabledAt", enabled ? null : Sql.param(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void update(long id, String url, @Nullable String description, Set<WebhookEventType> types) {
        jdbc.sql("UPDATE webhook_endpoint SET url = :url, description = :description, event_types = :types"
                        + " WHERE id = :id")
                .param("id", id).param("url", url).param("description", description).param("types", codes(types))
                .update();
    }

    void changeSecret(long id, String secret) {
        jdbc.sql("UPDATE webhook_endpoint SET secret = :secret WHERE id = :id")
                .param("id", id).param("secret", secret).update();
    }

    /**
     * Turns the endpoint on or off. Off pauses its pending deliveries (no next attempt); on plans them
     * now, each with a fresh retry window, so what waited during the pause is still delivered.
     */
    void setEnabled(long id, boolean enabled, Instant now) {
        jdbc.sql("UPDATE webhook_endpoint SET enabled = :enabled, disabled_at = :disabledAt WHERE id = :id")
                .param("id", id).param("enabled", enabled).param("disabledAt", enabled ? null : Sql.param(now))
                .update();
        jdbc.sql(enabled
                        ? "UPDATE webhook_delivery SET next_attempt_at = :now, first_attempt_at = NULL"
                                + " WHERE endpoint_id = :id AND status = 'PENDING' AND next_attempt_at IS NULL"
                        : "UPDATE webhook_delivery SET next_attempt_at = NULL WHERE endpoint_id = :id"
                                + " AND status = 'PENDING'")
                .param("id", id).param("now", Sql.param(now)).update();
    }

    void recordAttempt(long id, boolean succeeded, Instant at) {
        jdbc.sql("UPDATE webhook_endpoint SET last_attempt_at = :at, last_attempt_ok = :ok WHERE id = :id")
                .param("id", id).param("at", Sql.param(at)).param("ok", succeeded).update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM webhook_endpoint WHERE id = :id").param("id", id).update();
    }

    static String codes(Set<WebhookEventType> types) {
        return types.stream().sorted().map(WebhookEventType::code).collect(Collectors.joining(","));
    }

    static Set<WebhookEventType> types(String codes) {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(codes.split(",")).map(WebhookEventType::ofCode).flatMap(Optional::stream).forEach(types::add);
        return types;
    }

    private static final String SELECT = "SELECT id, url, description, event_types, secret, enabled, created_at,"
            + " disabled_at, last_attempt_at, last_attempt_ok FROM webhook_endpoint";

    private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
        String secret = rs.getString("secret");
        return new WebhookEndpoint(rs.getLong("id"), rs.getString("url"), rs.getString("description"),
                types(rs.getString("event_types")), rs.getBoolean("enabled"),
                secret.substring(0, Math.min(HINT_LENGTH, secret.length())) + "…", Sql.instant(rs, "created_at"),
                Sql.instant(rs, "disabled_at"), Sql.instant(rs, "last_attempt_at"),
                rs.getObject("last_attempt_ok", Boolean.class));
    }

    private static Target target(ResultSet rs, int row) throws SQLException {
        return new Target(rs.getLong("id"), rs.getLong("provider_id"), rs.getString("url"), rs.getString("secret"),
                rs.getBoolean("enabled"));
    }
}
