package com.clientele.security;

import com.clientele.provider.TeamRole;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.provider.TeamRole.Scope;
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

    /**
     * How far the current member may do something (SPEC §10): for all of the business's customers,
     * for their own only, or not at all (admins and anyone without a team role).
     */
    public Scope scope(Capability capability) {
        TeamRole role = find().map(AppUser::teamRole).orElse(null);
        return role == null ? Scope.NONE : role.scope(capability);
    }

    /**
     * Refuses what the current member's role may not do at all.
     *
     * @return the scope the member may do it in
     * @throws AccessDeniedException when the role may not
     */
    public Scope require(Capability capability) {
        Scope scope = scope(capability);
        if (scope == Scope.NONE) {
            throw new AccessDeniedException("The role in this business does not allow " + capability);
        }
        return scope;
    }

    /**
     * The member whose own customers the current member is limited to for this capability (a staff
     * member), or empty when they may act for all of the business's customers.
     *
     * @throws AccessDeniedException when the role may not do it at all
     */
    public Optional<Long> ownCustomersOf(Capability capability) {
        return require(capability) == Scope.OWN ? Optional.of(memberId()) : Optional.empty();
    }

    /** The current user's membership of their business; denied for anyone who is not a member. */
    public long memberId() {
        Long memberId = require().memberId();
        if (memberId == null) {
            throw new AccessDeniedException("Only members of a business act for it");
        }
        return memberId;
    }

    /**
     * Who to name in activity events (SPEC §10): the acting member's name ("Mia Stylist"), also when
     * they act through an API token; "system" for the application's own work.
     */
    public String actorName() {
        return find().map(AppUser::displayName).orElse("system");
    }

    /**
     * Who to name where an account must be found again (a message's sender, as in the audit log,
     * which admins search by e-mail): the acting account's e-mail; "system" for the application's
     * own work.
     */
    public String actorEmail() {
        return find().map(AppUser::email).orElse("system");
    }
}
