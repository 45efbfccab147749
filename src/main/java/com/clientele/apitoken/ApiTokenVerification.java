package com.clientele.apitoken;

import com.clientele.base.Sql;
import com.clientele.provider.ProviderDirectory;
import com.clientele.security.ApiTokenVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks bearer tokens for the API security chain: one indexed lookup by hash, then the account
 * from the provider module, so a disabled account's tokens stop working at once. The last-used time is written at
 * most once a minute per token, so busy integrations do not turn every read into a write.
 */
@Component
class ApiTokenVerification implements ApiTokenVerifier {

    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final ProviderDirectory providers;
    private final Clock clock;

    ApiTokenVerification(JdbcClient jdbc, ProviderDirectory providers, Clock clock) {
        this.jdbc = jdbc;
        this.providers = providers;
        this.clock = clock;
    }

    @Override
    public Optional<VerifiedApiToken> verify(String token) {
        Optional<Found> found = jdbc.sql("""
                        SELECT id, account_id, last_used_at FROM api_token
                        WHERE token_hash = :hash AND revoked_at IS NULL""")
                .param("hash", ApiTokens.hash(token))
                .query((rs, row) -> new Found(rs.getLong("id"), rs.getLong("account_id"),
                        Sql.instant(rs, "last_used_at")))
                .optional();
        Optional<VerifiedApiToken> verified = found.flatMap(stored -> providers.findEnabledAccount(stored.accountId())
                .map(account -> new VerifiedApiToken(stored.tokenId(), account)));
        verified.ifPresent(ignored -> touch(found.orElseThrow()));
        return verified;
    }

    private void touch(Found found) {
        Instant now = clock.instant();
        Instant lastUsedAt = found.lastUsedAt();
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
            jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
                    .param("now", Sql.param(now)).param("id", found.tokenId()).update();
        }
    }

    private record Found(long tokenId, long accountId, @Nullable Instant lastUsedAt) {
    }
}
