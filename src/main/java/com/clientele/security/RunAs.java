package com.clientele.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work on this thread as a given account, for jobs that act on a user's behalf without a
 * request (demo data, background imports). The services then check roles as usual.
 */
@Component
public class RunAs {

    private final AccountUserDetailsService users;

    RunAs(AccountUserDetailsService users) {
        this.users = users;
    }

    public <T> T call(String email, Supplier<T> work) {
        AppUser user = users.account(email);
        return call(user, work);
    }

    public void run(String email, Runnable work) {
        call(email, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(AppUser user, Supplier<T> work) {
        return call(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
    }

    /** Runs work as this authentication, for callers that are no account (the operator's commands). */
    public static <T> T call(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
