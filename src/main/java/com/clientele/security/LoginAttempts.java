package com.clientele.security;

import com.clientele.audit.AuditAction;
import com.clientele.audit.AuditLog;
import com.clientele.provider.ProviderDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed form logins towards the lock-out and records logins and logouts in the audit log. */
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

    @EventListener
    void onLocked(AuthenticationFailureLockedEvent event) {
        directory.recordFailedLogin(String.valueOf(event.getAuthentication().getPrincipal()));
    }

    // A disabled account's attempts are failed logins too: the audit log shows them.
    @EventListener
    void onDisabled(AuthenticationFailureDisabledEvent event) {
        directory.recordFailedLogin(String.valueOf(event.getAuthentication().getPrincipal()));
    }

    @EventListener
    void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AppUser user) {
            directory.recordSuccessfulLogin(user.accountId());
        }
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof AppUser user) {
            auditLog.record(user.email(), AuditAction.LOGOUT, user.email(), null);
        }
    }
}
