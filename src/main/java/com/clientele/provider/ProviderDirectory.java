package com.clientele.provider;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.Emails;
import com.clientele.base.NotFoundException;
import com.clientele.base.Sql;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
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
    private final ProviderRepository providers;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailedLogins;
    private final Duration lockTime;

    ProviderDirectory(AccountRepository accounts, ProviderRepository providers, AuditLog auditLog, JdbcClient jdbc,
            Clock clock, LockoutSettings lockout) {
        this.accounts = accounts;
        this.providers = providers;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailedLogins = lockout.maxFailedLogins();
        this.lockTime = lockout.lockTime();
    }

    @Transactional(readOnly = true)
    public Optional<LoginAccount> findLogin(String email) {
        return accounts.findByEmail(Emails.normalise(email)).map(account -> new LoginAccount(account.getId(),
                account.getEmail(), account.getPasswordHash(), account.getRole(), account.isEnabled(),
                account.getLockedUntil(), account.isPasswordChangeRequired(),
                providers.findByAccountId(account.getId()).map(Provider::getId).orElse(null)));
    }

    /**
     * The enabled account with this id as the API's token check needs it, without its password
     * hash; empty when the account is disabled or gone. One indexed statement: it runs per request.
     */
    @Transactional(readOnly = true)
    public Optional<LoginAccount> findEnabledAccount(long accountId) {
        return jdbc.sql("""
                        SELECT a.id, a.email, a.role, a.locked_until, a.password_change_required, p.id AS provider_id
                        FROM account a LEFT JOIN provider p ON p.account_id = a.id
                        WHERE a.id = :id AND a.enabled""")
                .param("id", accountId)
                .query((rs, row) -> new LoginAccount(rs.getLong("id"), rs.getString("email"), null,
                        Role.valueOf(rs.getString("role")), true, Sql.instant(rs, "locked_until"),
                        rs.getBoolean("password_change_required"), rs.getObject("provider_id", Long.class)))
                .optional();
    }

    /** Counts a failed login against the account (if there is one) and locks it after too many. */
    @Transactional
    public void recordFailedLogin(String typedEmail) {
        String email = Emails.normalise(typedEmail);
        auditLog.record(typedEmail, AuditAction.LOGIN_FAILED, email, null);
        if (email == null) {
            return;
        }
        accounts.findByEmail(email).ifPresent(account -> {
            if (account.recordFailedLogin(clock.instant(), maxFailedLogins, lockTime)) {
                auditLog.record(email, AuditAction.ACCOUNT_LOCKED, email,
                        maxFailedLogins + " failed logins; locked until " + account.getLockedUntil());
            }
        });
    }

    @Transactional
    public void recordSuccessfulLogin(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
        account.recordSuccessfulLogin(clock.instant());
        auditLog.record(account.getEmail(), AuditAction.LOGIN_SUCCEEDED, account.getEmail(), null);
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
                .orElseThrow(() -> new NotFoundException("Provider"));
    }

    @Transactional(readOnly = true)
    public boolean isEnabled(long accountId) {
        return accounts.findById(accountId).map(Account::isEnabled).orElse(false);
    }
}
