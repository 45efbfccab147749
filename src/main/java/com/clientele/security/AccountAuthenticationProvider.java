package com.clientele.security;

import com.clientele.provider.ProviderDirectory;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Form sign-in: the password check of Spring Security, then the lock-out checked again in the
 * database. The account was read before the (slow) password hash was compared; failures counted
 * meanwhile may have locked it, and then a right password is refused like any other attempt on a
 * locked account (and audited as a failed login by {@link LoginAttempts}).
 */
@Component
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final ProviderDirectory directory;

    AccountAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
            ProviderDirectory directory) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        this.directory = directory;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
            throws AuthenticationException {
        super.additionalAuthenticationChecks(user, authentication);
        if (user instanceof AppUser account && !directory.recordSuccessfulLogin(account.accountId())) {
            throw new LockedException("The account is locked");
        }
    }
}
