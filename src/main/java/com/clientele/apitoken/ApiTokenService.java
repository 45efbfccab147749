package com.clientele.apitoken;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.Sql;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.AppUser;
import com.clientele.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logged-in account's API tokens: create (the value is returned once and stored only as a
 * hash), list, revoke. Every account manages its own tokens only; creating and revoking are audited.
 * In a business only owners manage tokens (SPEC §10, the role's MANAGE_BUSINESS); admins manage
 * their own for the admin API.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ApiTokenService {

    public static final int NAME_MAX = 100;
    public static final int ACTIVE_MAX = 20;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ApiTokenService(JdbcClient jdbc, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public CreatedApiToken create(String name) {
        tokenManager();
        String token = ApiTokens.generate();
        return new CreatedApiToken(insert(name, token), token);
    }

    /**
     * Creates a token with a value chosen by the caller unless one with that value exists; for demo
     * data with a documented token, for the account it runs as (any member: the demo has a token
     * per role). No screen or endpoint calls it; real tokens come from {@link #create}.
     *
     * @return whether a token was created
     */
    @Transactional
    public boolean ensure(String name, String token) {
        if (token == null || !token.startsWith(ApiTokens.PREFIX) || token.length() < 24) {
            throw new InvalidInputException("token", "apitoken.error.token.malformed", ApiTokens.PREFIX, 24);
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :hash")
                .param("hash", ApiTokens.hash(token)).query(Integer.class).single() > 0;
        if (!exists) {
            insert(name, token);
        }
        return !exists;
    }

    /** The current account's tokens: active ones first, then newest first. */
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> list() {
        return jdbc.sql(SELECT + " WHERE account_id = :account"
                        + " ORDER BY revoked_at IS NULL DESC, created_at DESC, id DESC LIMIT 200")
                .param("account", tokenManager().accountId())
                .query(ApiTokenService::summary)
                .list();
    }

    /** Revokes one of the current account's tokens; it stops working with the next request. */
    @Transactional
    public ApiTokenSummary revoke(long tokenId) {
        AppUser user = tokenManager();
        ApiTokenSummary token = find(user.accountId(), tokenId);
        if (token.active()) {
            jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                    .param("now", Sql.param(clock.instant())).param("id", tokenId).update();
            auditLog.record(AuditAction.API_TOKEN_REVOKED, user.email(), describe(token));
        }
        return find(user.accountId(), tokenId);
    }

    private ApiTokenSummary insert(String name, String token) {
        AppUser user = currentUser.require();
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("name", "apitoken.error.name.required");
        }
        if (text.length() > NAME_MAX) {
            throw new InvalidInputException("name", "error.text.too-long", NAME_MAX);
        }
        int active = jdbc.sql("SELECT COUNT(*) FROM api_token WHERE account_id = :account AND revoked_at IS NULL")
                .param("account", user.accountId()).query(Integer.class).single();
        if (active >= ACTIVE_MAX) {
            throw new InvalidInputException("name", "apitoken.error.too-many", ACTIVE_MAX);
        }
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (account_id, name, token_hash, token_prefix, created_at)
                VALUES (:account, :name, :hash, :prefix, :now)""")
                .param("account", user.accountId()).param("name", text).param("hash", ApiTokens.hash(token))
                .param("prefix", ApiTokens.shownPart(token)).param("now", Sql.param(now))
                .update(keys);
        ApiTokenSummary created = find(user.accountId(), keys.getKey().longValue());
        auditLog.record(AuditAction.API_TOKEN_CREATED, user.email(), describe(created));
        return created;
    }

    /** The current user, if they may manage API tokens: an admin, or an owner of their business. */
    private AppUser tokenManager() {
        AppUser user = currentUser.require();
        if (user.providerId() != null) {
            currentUser.require(Capability.MANAGE_BUSINESS);
        }
        return user;
    }

    private ApiTokenSummary find(long accountId, long tokenId) {
        return jdbc.sql(SELECT + " WHERE id = :id AND account_id = :account")
                .param("id", tokenId).param("account", accountId)
                .query(ApiTokenService::summary)
                .optional()
                .orElseThrow(() -> new NotFoundException("apitoken.error.not-found"));
    }

    private static String describe(ApiTokenSummary token) {
        return "API token \"" + token.name() + "\" (" + token.prefix() + "…)";
    }

    private static final String SELECT =
            "SELECT id, name, token_prefix, created_at, last_used_at, revoked_at FROM api_token";

    private static ApiTokenSummary summary(ResultSet rs, int row) throws SQLException {
        return new ApiTokenSummary(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "last_used_at"), Sql.instant(rs, "revoked_at"));
    }
}
