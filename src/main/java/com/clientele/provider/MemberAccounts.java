package com.clientele.provider;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.Emails;
import com.clientele.base.InvalidInputException;
import com.clientele.base.Text;
import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes someone a member of a business: their sign-in account (e-mail and password) and their
 * membership with a role. The callers decide who may: an accepted invitation (the link is the
 * permission) and the demo team of the embedded database. Not a screen's or an endpoint's door.
 */
@Component
public class MemberAccounts {

    private final AccountRepository accounts;
    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    MemberAccounts(AccountRepository accounts, MemberRepository members, PasswordEncoder passwordEncoder,
            AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Creates the account and the membership in the caller's transaction.
     *
     * @return the new member's id
     * @throws InvalidInputException for an invalid or taken e-mail or a password that breaks the rules
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long join(long providerId, String name, String email, TeamRole role, String password) {
        String normalised = Emails.normalise(email);
        if (!Emails.isValid(normalised)) {
            throw new InvalidInputException("email", "error.email.invalid");
        }
        Passwords.problem(password, normalised).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        if (accounts.existsByEmail(normalised)) {
            throw new InvalidInputException("email", Text.of("provider.error.email.taken"));
        }
        Account account;
        try {
            account = accounts.saveAndFlush(new Account(normalised, passwordEncoder.encode(password), Role.PROVIDER,
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("email", Text.of("provider.error.email.taken"));
        }
        Member member = members.save(new Member(providerId, account.getId(), name.strip(), normalised, role,
                clock.instant()));
        auditLog.record(AuditAction.MEMBER_JOINED, normalised, role.name());
        return member.getId();
    }
}
