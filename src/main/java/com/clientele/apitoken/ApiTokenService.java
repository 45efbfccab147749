package com.clientele.apitoken;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.Sql;
import com.clientele.provider.TeamDirectory;
import com.clientele.provider.TeamMember;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.security.AppUser;
import com.clientele.security.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: create (the value is returned once and stored only as a hash), list, revoke; creating
 * and revoking are audited. A token belongs to one account and acts with exactly its permissions. In
 * a business only owners manage tokens (SPEC §10, the role's MANAGE_BUSINESS): their own and those of
 * any member of the business, so that an integration can act as, say, one stylist. Admins manage
 * their own for the admin API.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ApiTokenService {

    public static final int NAME_MAX = 100;
    public static final int ACTIVE_MAX = 20;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final TeamDirectory team;
    private final AuditLog auditLog;
    private final Clock clock;

    ApiTokenService(JdbcClient jdbc, CurrentUser currentUser, TeamDirectory team, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.team = team;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A token of the current account. */
    @Transactional
    public CreatedApiToken create(String name) {
        AppUser user = tokenManager();
        String token = ApiTokens.generate();
        return new CreatedApiToken(insert(user.accountId(), new Holder(user.displayName(), user.email()), name, token), token);
    }

    /**
     * A token that acts as a member of the owner's business, with that member's role.
     *
     * @throws com.clientele.base.NotFoundException for a member of another business or one who left
     */
    @Transactional
    @PreAuthorize("hasRole('PROVIDER')")
    public CreatedApiToken create(String name, long memberId) {
        tokenManager();
        TeamMember member = team.find(currentUser.providerId(), memberId)
                .filter(found -> found.active() && found.accountId() != null)
                .orElseThrow(() -> new NotFoundException("apitoken.error.member-not-found"));
        String token = ApiTokens.generate();
        return new CreatedApiToken(insert(member.accountId(), new Holder(member.name(), member.email()), name, token), token);
    }

    /** Whom an owner may make a token for: the business's members who have not left, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PROVIDER')")
    public List<TeamMember> tokenHolders() {
        tokenManager();
        long providerId = currentUser.providerId();
        return team.members(providerId).stream().filter(member -> member.active() && member.accountId() != null)
                .toList();
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
            AppUser user = currentUser.require();
            insert(user.accountId(), new Holder(user.displayName(), user.email()), name, token);
        }
        return !exists;
    }

    /**
     * The tokens the current user manages — an admin's own, or an owner's business's (each naming
     * its member) —: active ones first, then newest first.
     */
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> list() {
        Map<Long, Holder> holders = holders(tokenManager());
        return jdbc.sql(SELECT + " WHERE account_id IN (:accounts)"
                        + " ORDER BY revoked_at IS NULL DESC, created_at DESC, id DESC LIMIT 200")
                .param("accounts", holders.keySet())
                .query((rs, row) -> summary(rs, holders))
                .list();
    }

    /** Revokes one of the tokens the current user manages; it stops working with the next request. */
    @Transactional
    public ApiTokenSummary revoke(long tokenId) {
        Map<Long, Holder> holders = holders(tokenManager());
        ApiTokenSummary token = find(holders, tokenId);
        if (token.active()) {
            jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                    .param("now", Sql.param(clock.instant())).param("id", tokenId).update();
            auditLog.record(AuditAction.API_TOKEN_REVOKED, holders.get(tokenAccount(tokenId)).email(), describe(token));
        }
        return find(holders, tokenId);
    }

    private long tokenAccount(long tokenId) {
        return jdbc.sql("SELECT account_id FROM api_token WHERE id = :id").param("id", tokenId).query(Long.class).single();
    }

    /** Whom a token acts as: the name shown, the e-mail the audit log names. */
    private record Holder(String name, String email) {
    }

    /** The accounts whose tokens the user manages. */
    private Map<Long, Holder> holders(AppUser user) {
        if (user.providerId() == null) {
            return Map.of(user.accountId(), new Holder(user.displayName(), user.email()));
        }
        return team.members(user.providerId()).stream().filter(member -> member.accountId() != null)
                .collect(Collectors.toMap(TeamMember::accountId, member -> new Holder(member.name(), member.email()),
                        (a, b) -> a));
    }

    private ApiTokenSummary insert(long accountId, Holder holder, String name, String token) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("name", "apitoken.error.name.required");
        }
        if (text.length() > NAME_MAX) {
            throw new InvalidInputException("name", "error.text.too-long", NAME_MAX);
        }
        int active = jdbc.sql("SELECT COUNT(*) FROM api_token WHERE account_id = :account AND revoked_at IS NULL")
                .param("account", accountId).query(Integer.class).single();
        if (active >= ACTIVE_MAX) {
            throw new InvalidInputException("name", "apitoken.error.too-many", ACTIVE_MAX);
        }
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (account_id, name, token_hash, token_prefix, created_at)
                VALUES (:account, :name, :hash, :prefix, :now)""")
                .param("account", accountId).param("name", text).param("hash", ApiTokens.hash(token))
                .param("prefix", ApiTokens.shownPart(token)).param("now", Sql.param(now))
                .update(keys);
        ApiTokenSummary created = find(Map.of(accountId, holder), keys.getKey().longValue());
        auditLog.record(AuditAction.API_TOKEN_CREATED, holder.email(), describe(created));
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

    private ApiTokenSummary find(Map<Long, Holder> holders, long tokenId) {
        return jdbc.sql(SELECT + " WHERE id = :id AND account_id IN (:accounts)")
                .param("id", tokenId).param("accounts", holders.keySet())
                .query((rs, row) -> summary(rs, holders))
                .optional()
                .orElseThrow(() -> new NotFoundException("apitoken.error.not-found"));
    }

    private static String describe(ApiTokenSummary token) {
        return "API token \"" + token.name() + "\" (" + token.prefix() + "…)";
    }

    private static final String SELECT =
            "SELECT id, account_id, name, token_prefix, created_at, last_used_at, revoked_at FROM api_token";

    private static ApiTokenSummary summary(ResultSet rs, Map<Long, Holder> holders) throws SQLException {
        return new ApiTokenSummary(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "last_used_at"), Sql.instant(rs, "revoked_at"),
                holders.get(rs.getLong("account_id")).name());
    }
}
