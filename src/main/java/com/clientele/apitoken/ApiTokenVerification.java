package com.clientele.apitoken;

import com.clientele.base.Sql;
import com.clientele.provider.LoginAccount;
import com.clientele.provider.Role;
import com.clientele.security.ApiTokenVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks bearer tokens for the API security chain: one indexed lookup by hash, joined with the
 * account so a disabled account's tokens stop working at once. The last-used time is written at
 * most once a minute per token, so busy integrations do not turn every read into a write.
 */
@Component
class ApiTokenVerification implements ApiTokenVerifier {

    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokenVerification(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<VerifiedApiToken> verify(String token) {
        Optional<Found> found = jdbc.sql("""
                        SELECT t.id AS token_id, t.last_used_at, a.id AS account_id, a.email, a.role, a.enabled,
                               a.locked_until, a.password_change_required, p.id AS provider_id
                        FROM api_token t
                        JOIN account a ON a.id = t.account_id
                        LEFT JOIN provider p ON p.account_id = a.id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND a.enabled""")
                .param("hash", ApiTokens.hash(token))
                .query((rs, row) -> new Found(new VerifiedApiToken(rs.getLong("token_id"), new LoginAccount(
                        rs.getLong("account_id"), rs.getString("email"), null, Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled"), Sql.instant(rs, "locked_until"),
                        rs.getBoolean("password_change_required"), rs.getObject("provider_id", Long.class))),
                        Sql.instant(rs, "last_used_at")))
                .optional();
        found.ifPresent(this::touch);
        return found.map(Found::token);
    }

    private void touch(Found found) {
        Instant now = clock.instant();
        if (found.lastUsedAt() == null || found.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
            jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
                    .param("now", Sql.param(now)).param("id", found.token().tokenId()).update();
        }
    }

    private record Found(VerifiedApiToken token, Instant lastUsedAt) {
    }
}
