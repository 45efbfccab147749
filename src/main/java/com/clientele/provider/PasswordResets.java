package com.clientele.provider;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.Emails;
import com.clientele.base.InvalidInputException;
import com.clientele.base.Language;
import com.clientele.base.SecretTokens;
import com.clientele.base.Sql;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a link by e-mail, valid for {@code app.security.password-reset.validity}
 * after the request, used up by the reset, replaced by a newer request. Its callers are
 * anonymous (the sign-in process of {@code security}, and the mail that carries the link), so
 * there is no role check here: the secret token is the permission.
 *
 * <p>A request does the same work whatever the address (an audit entry and an event), so neither
 * the answer nor its timing tells whether an account exists: the account is looked up after the
 * commit, by {@link #issue}, off the request thread.
 */
@Service
public class PasswordResets {

    /** Tokens are 43 characters; anything much longer is not one and is not hashed. */
    private static final int TOKEN_MAX_LENGTH = 100;

    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validity;

    PasswordResets(AccountRepository accounts, JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog auditLog,
            ApplicationEventPublisher events, Clock clock, PasswordResetSettings settings) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.validity = settings.validity();
    }

    public Duration validity() {
        return validity;
    }

    /**
     * Asks for a link for the address: audited, and published as {@link PasswordResetRequested} for
     * the mail, whether or not the address has an account.
     *
     * @param language the language of the page it is asked on
     */
    @Transactional
    public void request(String typedEmail, Language language) {
        String email = Emails.normalise(typedEmail);
        if (!Emails.isValid(email)) {
            throw new InvalidInputException("email", "error.email.invalid");
        }
        auditLog.record(email, AuditAction.PASSWORD_RESET_REQUESTED, email, null);
        events.publishEvent(new PasswordResetRequested(email, language,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    /**
     * Makes the link of a request, for the e-mail that carries it, and stores its token's hash in
     * place of the account's earlier link, which stops working. Empty when there is nothing to send:
     * no enabled account of an enabled business has the address, the request is past its validity, or this request or a
     * newer one was handled already (the event log delivers at least once).
     */
    @Transactional
    public Optional<ResetLink> issue(PasswordResetRequested request) {
        Instant expiresAt = request.requestedAt().plus(validity);
        if (!expiresAt.isAfter(clock.instant())) {
            return Optional.empty();
        }
        Optional<Long> accountId = jdbc.sql("SELECT a.id FROM account a WHERE a.email = :email AND " + BUSINESS_ENABLED)
                .param("email", request.email()).query(Long.class).optional();
        // The account row, locked: two requests of one account are handled one after the other.
        Optional<Account> account = accountId.flatMap(accounts::findForUpdate).filter(Account::isEnabled);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        long id = account.get().getId();
        Optional<Instant> handled = jdbc.sql("SELECT requested_at FROM password_reset WHERE account_id = :id")
                .param("id", id).query((rs, row) -> Sql.instant(rs, "requested_at")).optional();
        if (handled.isPresent() && !handled.get().isBefore(request.requestedAt())) {
            return Optional.empty();
        }
        String token = SecretTokens.generate();
        jdbc.sql("DELETE FROM password_reset WHERE account_id = :id").param("id", id).update();
        jdbc.sql("""
                        INSERT INTO password_reset (account_id, token_hash, requested_at, expires_at)
                        VALUES (:id, :hash, :requested, :expires)""")
                .param("id", id).param("hash", SecretTokens.hash(token))
                .param("requested", Sql.param(request.requestedAt())).param("expires", Sql.param(expiresAt))
                .update();
        return Optional.of(new ResetLink(account.get().getEmail(), languageOf(account.get(), request.language()),
                token, expiresAt));
    }

    /** Whether the token opens a reset now: known, not used, not expired, its account and business enabled. */
    @Transactional(readOnly = true)
    public boolean isUsable(@Nullable String token) {
        return usableAccount(token).isPresent();
    }

    /**
     * Sets the account's new password (the rules of a password change) and uses the link up. Like
     * an admin's reset, it lifts a lock-out and ends the account's sessions; the holder is told by
     * e-mail ({@link PasswordResetCompleted}), in the account's language or else the page's.
     *
     * @throws ResetLinkInvalidException when the token is not usable (also when another reset with
     *         the same link got there first)
     * @throws InvalidInputException ({@code newPassword}) when the password breaks the rules
     */
    @Transactional
    public void reset(@Nullable String token, String newPassword, Language language) {
        long accountId = usableAccount(token).orElseThrow(ResetLinkInvalidException::new);
        Account account = accounts.findForUpdate(accountId).filter(Account::isEnabled)
                .orElseThrow(ResetLinkInvalidException::new);
        Passwords.problemAsNew(newPassword, account, passwordEncoder).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        Instant now = clock.instant();
        // Single use: of two resets with one link, only the first UPDATE finds it unused.
        int used = jdbc.sql("""
                        UPDATE password_reset SET used_at = :now
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .param("now", Sql.param(now)).param("hash", SecretTokens.hash(token)).update();
        if (used == 0) {
            throw new ResetLinkInvalidException();
        }
        boolean wasLocked = account.isLockedAt(now);
        account.changePassword(passwordEncoder.encode(newPassword), false);
        account.unlock();
        auditLog.record(account.getEmail(), AuditAction.PASSWORD_RESET_COMPLETED, account.getEmail(),
                wasLocked ? "Lock-out lifted" : null);
        events.publishEvent(new AccountCredentialsChanged(accountId));
        events.publishEvent(new PasswordResetCompleted(accountId, account.getEmail(), languageOf(account, language),
                now));
    }

    /** The account {@code a} is no member of a business an admin disabled (SPEC §10); admins are members of none. */
    private static final String BUSINESS_ENABLED = """
            NOT EXISTS (SELECT 1 FROM member m JOIN provider p ON p.id = m.provider_id
                        WHERE m.account_id = a.id AND m.removed_at IS NULL AND NOT p.enabled)""";

    /** The language the account holder chose, else the one of the page they used. */
    private static Language languageOf(Account account, Language page) {
        return Language.find(account.getLanguage()).orElse(page);
    }

    private Optional<Long> usableAccount(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > TOKEN_MAX_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT r.account_id FROM password_reset r JOIN account a ON a.id = r.account_id
                        WHERE r.token_hash = :hash AND r.used_at IS NULL AND r.expires_at > :now AND a.enabled"""
                        + " AND " + BUSINESS_ENABLED)
                .param("hash", SecretTokens.hash(token)).param("now", Sql.param(clock.instant()))
                .query(Long.class).optional();
    }
}
