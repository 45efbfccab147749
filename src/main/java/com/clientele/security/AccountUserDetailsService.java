package com.clientele.security;

import com.clientele.provider.ProviderDirectory;
import java.time.Clock;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final ProviderDirectory directory;
    private final Clock clock;
    private final ApplicationAvailability availability;

    AccountUserDetailsService(ProviderDirectory directory, Clock clock, ApplicationAvailability availability) {
        this.directory = directory;
        this.clock = clock;
        this.availability = availability;
    }

    /** The sign-in's look-up: refused until the start-up runners (demo data) are done. */
    @Override
    public UserDetails loadUserByUsername(String email) {
        // Tomcat takes requests before the start-up runners (demo data) are done: no sign-in until then.
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            throw new InternalAuthenticationServiceException("The application is still starting");
        }
        return account(email);
    }

    /** The account as a principal, for the application's own work (RunAs), at any time. */
    AppUser account(String email) {
        return directory.findLogin(email).map(account -> new AppUser(account, clock))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
