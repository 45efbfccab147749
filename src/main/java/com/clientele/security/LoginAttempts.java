package com.clientele.security;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.provider.ProviderDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed form logins towards the lock-out and records them and logouts in the audit log.
 * Successful sign-ins are recorded by {@link AccountAuthenticationProvider}, where a lock that
 * landed during the password check can still refuse them.
 */
@Component
class LoginAttempts {

    private final ProviderDirectory directory;
    private final AuditLog auditLog;

    LoginAttempts(ProviderDirectory directory, AuditLog auditLog) {
        this.directory = directory;
        this.auditLog = auditLog;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        directory.recordFailedLogin(String.valueOf(event.getAuthentication().getPrincipal()));
    }

    // Refused without a password check, or after a right one when failures counted meanwhile locked it.
    @EventListener
    void onLocked(AuthenticationFailureLockedEvent event) {
        directory.recordFailedLogin(String.valueOf(event.getAuthentication().getPrincipal()), "account locked");
    }

    // A disabled account's attempts are failed logins too: the audit log shows them.
    @EventListener
    void onDisabled(AuthenticationFailureDisabledEvent event) {
        directory.recordFailedLogin(String.valueOf(event.getAuthentication().getPrincipal()));
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof AppUser user) {
            auditLog.record(user.email(), AuditAction.LOGOUT, user.email(), null);
        }
    }
}
