package com.clientele.provider;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.Emails;
import com.clientele.base.NotFoundException;
import com.clientele.base.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and providers as the rest of the application reads them: the login process (which runs
 * before anyone is authenticated) and the features that need a provider's time zone or currency.
 */
@Service
public class ProviderDirectory {

    private final AccountRepository accounts;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailedLogins;
    private final Duration lockTime;

    ProviderDirectory(AccountRepository accounts, AuditLog auditLog, JdbcClient jdbc,
            Clock clock, LockoutSettings lockout) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailedLogins = lockout.maxFailedLogins();
        this.lockTime = lockout.lockTime();
    }

    /** The account signing in with this e-mail; empty for an unknown or a blank one (a form posted without it). */
    @Transactional(readOnly = true)
    public Optional<LoginAccount> findLogin(String email) {
        String normalised = Emails.normalise(email);
        if (normalised == null) {
            return Optional.empty();
        }
        return jdbc.sql(LOGIN + " WHERE a.email = :email")
                .param("email", normalised)
                .query((rs, row) -> login(rs, rs.getString("password_hash"), rs.getBoolean("can_sign_in")))
                .optional();
    }

    /**
     * The enabled account with this id as the API's token check needs it, without its password
     * hash; empty when the account is disabled, its business is disabled, or it is gone. One
     * indexed statement: it runs per request.
     */
    @Transactional(readOnly = true)
    public Optional<LoginAccount> findEnabledAccount(long accountId) {
        return jdbc.sql(LOGIN + " WHERE a.id = :id AND " + CAN_SIGN_IN)
                .param("id", accountId)
                .query((rs, row) -> login(rs, null, true))
                .optional();
    }

    /**
     * Whether the account may sign in: it is enabled, and so is its business (an admin disables a
     * whole business, SPEC §10). Admins belong to no business.
     */
    private static final String CAN_SIGN_IN = "a.enabled AND (p.id IS NULL OR p.enabled)";

    /** An account with its membership: a provider's account is a member of exactly one business. */
    private static final String LOGIN = """
            SELECT a.id, a.email, a.password_hash, a.role, %s AS can_sign_in, a.locked_until,
                   a.password_change_required, m.provider_id, m.id AS member_id, m.team_role, m.name AS member_name
            FROM account a LEFT JOIN member m ON m.account_id = a.id AND m.removed_at IS NULL
            LEFT JOIN provider p ON p.id = m.provider_id""".formatted(CAN_SIGN_IN);

    private static LoginAccount login(ResultSet rs, @Nullable String passwordHash, boolean enabled)
            throws SQLException {
        String teamRole = rs.getString("team_role");
        return new LoginAccount(rs.getLong("id"), rs.getString("email"), passwordHash,
                Role.valueOf(rs.getString("role")), enabled, Sql.instant(rs, "locked_until"),
                rs.getBoolean("password_change_required"), rs.getObject("provider_id", Long.class),
                rs.getObject("member_id", Long.class), teamRole == null ? null : TeamRole.valueOf(teamRole),
                rs.getString("member_name"));
    }

    /**
     * Counts a failed login against the account (if there is one) and locks it after too many.
     * Audits the attempt either way. The count is one atomic UPDATE on the account row, so
     * concurrent attempts all count, and the lock-out is decided on the count that UPDATE left
     * (the row stays locked by this transaction until it commits): exactly one attempt locks.
     * Attempts on an account that is already locked are audited but not counted.
     */
    @Transactional
    public void recordFailedLogin(String typedEmail) {
        recordFailedLogin(typedEmail, null);
    }

    /** {@link #recordFailedLogin(String)} with a reason for the audit entry (e.g. the account is locked). */
    @Transactional
    public void recordFailedLogin(String typedEmail, String reason) {
        String email = Emails.normalise(typedEmail);
        auditLog.record(typedEmail, AuditAction.LOGIN_FAILED, email, reason);
        if (email == null) {
            return;
        }
        Instant now = clock.instant();
        int counted = jdbc.sql("""
                        UPDATE account SET failed_logins = failed_logins + 1, version = version + 1
                        WHERE email = :email AND (locked_until IS NULL OR locked_until <= :now)""")
                .param("email", email).param("now", Sql.param(now)).update();
        if (counted == 0) {
            return;
        }
        int failures = jdbc.sql("SELECT failed_logins FROM account WHERE email = :email")
                .param("email", email).query(Integer.class).single();
        if (failures >= maxFailedLogins) {
            Instant until = now.plus(lockTime);
            jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = :until WHERE email = :email")
                    .param("until", Sql.param(until)).param("email", email).update();
            auditLog.record(email, AuditAction.ACCOUNT_LOCKED, email,
                    failures + " failed logins; locked until " + until);
        }
    }

    /**
     * Records a sign-in whose password was right: resets the failure count, unless the account was
     * locked meanwhile (by failures counted while this password was being checked). Then nothing
     * is changed and the caller must refuse the sign-in.
     *
     * @return false when the account is locked now
     */
    @Transactional
    public boolean recordSuccessfulLogin(long accountId) {
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                        UPDATE account SET failed_logins = 0, locked_until = NULL, last_login_at = :now,
                               version = version + 1
                        WHERE id = :id AND (locked_until IS NULL OR locked_until <= :now)""")
                .param("now", Sql.param(now)).param("id", accountId).update();
        if (updated == 0) {
            if (!accounts.existsById(accountId)) {
                throw new NotFoundException("provider.error.account-not-found");
            }
            return false;
        }
        String email = jdbc.sql("SELECT email FROM account WHERE id = :id").param("id", accountId)
                .query(String.class).single();
        auditLog.record(email, AuditAction.LOGIN_SUCCEEDED, email, null);
        return true;
    }

    /**
     * Read on most requests of a provider (every page of stats, each booking's activity line), so
     * one plain statement: no entity, and no transaction of its own (four round trips).
     */
    public ProviderProfile profile(long providerId) {
        return jdbc.sql("SELECT id, business_name, time_zone, currency, country FROM provider WHERE id = :id")
                .param("id", providerId)
                .query((rs, row) -> new ProviderProfile(rs.getLong("id"), rs.getString("business_name"),
                        ZoneId.of(rs.getString("time_zone")), Currency.getInstance(rs.getString("currency")),
                        rs.getString("country")))
                .optional()
                .orElseThrow(() -> new NotFoundException("provider.error.not-found"));
    }

    /** Whether the member belongs to this business, removed members included (their bookings keep their name). */
    public boolean isMember(long providerId, long memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM member WHERE provider_id = :provider AND id = :member")
                .param("provider", providerId).param("member", memberId)
                .query(Integer.class).single() > 0;
    }

    /** Whether the account may sign in and use its API tokens: it and its business are enabled. */
    @Transactional(readOnly = true)
    public boolean isEnabled(long accountId) {
        return findEnabledAccount(accountId).isPresent();
    }
}
