package com.clientele.provider;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.ConflictException;
import com.clientele.base.Emails;
import com.clientele.base.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes someone a member of a business: their sign-in account (e-mail and password) and their
 * membership with a role. The callers decide who may: an accepted invitation ({@link Invitations},
 * the link is the permission) and the demo team of the embedded database. Not a screen's or an
 * endpoint's door.
 */
@Component
public class MemberAccounts {

    private final AccountRepository accounts;
    private final MemberRepository members;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    MemberAccounts(AccountRepository accounts, MemberRepository members, JdbcClient jdbc,
            PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.members = members;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Creates the account — or takes back the disabled account of someone removed from this
     * business earlier, enabled with the new password — and the membership, in the caller's
     * transaction; audited as the new member.
     *
     * @throws InvalidInputException ({@code email}, {@code password}) for an invalid e-mail or a
     *         password that breaks the rules
     * @throws ConflictException when the e-mail is another account's sign-in
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Member join(long providerId, String name, String email, TeamRole role, String password) {
        String address = Emails.normalise(email);
        if (!Emails.isValid(address)) {
            throw new InvalidInputException("email", "error.email.invalid");
        }
        Passwords.problem(password, address).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Account account = account(providerId, address, passwordEncoder.encode(password), now);
        Member member = members.saveAndFlush(new Member(providerId, account.getId(), name.strip(), address, role, now));
        String business = jdbc.sql("SELECT business_name FROM provider WHERE id = :id").param("id", providerId)
                .query(String.class).optional().orElse("");
        auditLog.record(address, AuditAction.MEMBER_JOINED, address, business + " as " + role);
        return member;
    }

    private Account account(long providerId, String address, String hash, Instant now) {
        if (!accounts.existsByEmail(address)) {
            return accounts.saveAndFlush(new Account(address, hash, Role.PROVIDER, now));
        }
        if (!TeamAccounts.isRejoining(jdbc, providerId, address)) {
            throw new ConflictException("team.error.email.other-account");
        }
        Account account = accounts.findByEmail(address).flatMap(found -> accounts.findForUpdate(found.getId()))
                .orElseThrow();
        account.changePassword(hash, false);
        account.unlock();
        account.setEnabled(true);
        return accounts.saveAndFlush(account);
    }
}
