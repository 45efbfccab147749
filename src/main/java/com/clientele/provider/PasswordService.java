package com.clientele.provider;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.base.Emails;
import com.clientele.base.InvalidInputException;
import com.clientele.base.NotFoundException;
import com.clientele.base.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every signed-in user, admin or provider, changes their own password here. */
@Service
@PreAuthorize("isAuthenticated()")
public class PasswordService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    PasswordService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.events = events;
    }

    /**
     * Replaces the signed-in user's password; the current one must be given. Clears the "must
     * change at next sign-in" mark an admin's reset leaves, and ends the user's other sessions.
     */
    @Transactional
    public void changeOwnPassword(PasswordChange change) {
        // The principal's name is the login e-mail; changing it ends every session, so it is current.
        String email = Emails.normalise(SecurityContextHolder.getContext().getAuthentication().getName());
        Account account = accounts.findByEmail(email).orElseThrow(() -> new NotFoundException("provider.error.account-not-found"));
        Map<String, Text> errors = new LinkedHashMap<>();
        if (change.currentPassword() == null || change.currentPassword().isEmpty()) {
            errors.put("currentPassword", Text.of("provider.error.password.current.required"));
        } else if (!passwordEncoder.matches(change.currentPassword(), account.getPasswordHash())) {
            errors.put("currentPassword", Text.of("provider.error.password.current.wrong"));
        }
        Passwords.problemAsNew(change.newPassword(), account, passwordEncoder)
                .ifPresent(problem -> errors.put("newPassword", problem));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean required = account.isPasswordChangeRequired();
        account.changePassword(passwordEncoder.encode(change.newPassword()), false);
        auditLog.record(AuditAction.PASSWORD_CHANGED, email, required ? "Required after a password reset" : null);
        events.publishEvent(new OwnPasswordChanged(account.getId()));
    }

    /** Whether the signed-in user must choose a new password before doing anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        String email = Emails.normalise(SecurityContextHolder.getContext().getAuthentication().getName());
        return accounts.findByEmail(email).map(Account::isPasswordChangeRequired).orElse(false);
    }
}
