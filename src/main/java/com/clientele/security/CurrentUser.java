package com.clientele.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The logged-in user, read from the security context; the only source of "which provider". */
@Component
public class CurrentUser {

    public Optional<AppUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public AppUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    /** The provider the current user acts for; denied for anyone who is not a provider. */
    public long providerId() {
        Long providerId = require().providerId();
        if (providerId == null) {
            throw new AccessDeniedException("Only providers have customers");
        }
        return providerId;
    }

    /** Who to name in activity and audit records. */
    public String actorName() {
        return find().map(AppUser::email).orElse("system");
    }
}
