package com.clientele.security;

import com.clientele.provider.ProviderDirectory;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final ProviderDirectory directory;
    private final Clock clock;

    AccountUserDetailsService(ProviderDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return directory.findLogin(email).map(account -> new AppUser(account, clock))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
