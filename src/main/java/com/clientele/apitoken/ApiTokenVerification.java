package com.clientele.apitoken;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.Sql;
import com.clientele.provider.ProviderDirectory;
import com.clientele.security.ApiTokenVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Token and address pairs known to be recorded already, so a busy integration costs no write per request. */
    private static final int MAX_KNOWN_ADDRESSES = 50_000;

    private final JdbcClient jdbc;
    private final ProviderDirectory providers;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Set<String> knownAddresses = ConcurrentHashMap.newKeySet();

    ApiTokenVerification(JdbcClient jdbc, ProviderDirectory providers, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.providers = providers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public Optional<VerifiedApiToken> verify(String token, @Nullable String clientAddress) {
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
        verified.ifPresent(verifiedToken -> noteAddress(verifiedToken, clientAddress));
        return verified;
    }

    /**
     * Records the first use of a token from an address in the audit log, once per token and address
     * (the table's primary key decides, so parallel first requests record it once).
     */
    void noteAddress(VerifiedApiToken token, @Nullable String address) {
        if (address == null || address.length() > 64) {
            return;
        }
        String key = token.tokenId() + "@" + address;
        if (knownAddresses.contains(key)) {
            return;
        }
        int inserted = jdbc.sql("INSERT IGNORE INTO api_token_address (token_id, address, first_seen_at)"
                        + " VALUES (:token, :address, :now)")
                .param("token", token.tokenId()).param("address", address).param("now", Sql.param(clock.instant()))
                .update();
        if (inserted == 1) {
            String prefix = jdbc.sql("SELECT CONCAT(name, ' (', token_prefix, '…)') FROM api_token WHERE id = :id")
                    .param("id", token.tokenId()).query(String.class).single();
            auditLog.record(token.account().email(), AuditAction.API_TOKEN_NEW_ADDRESS, token.account().email(),
                    "API token " + prefix + " used from " + address + " for the first time");
        }
        if (knownAddresses.size() >= MAX_KNOWN_ADDRESSES) {
            knownAddresses.clear();
        }
        knownAddresses.add(key);
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
