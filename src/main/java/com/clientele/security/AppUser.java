package com.clientele.security;

import com.clientele.provider.LoginAccount;
import com.clientele.provider.Role;
import com.clientele.provider.TeamRole;
import java.io.Serial;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal: which account, which role, and for providers which provider. */
public final class AppUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final Role role;
    private final @Nullable Long providerId;
    private final @Nullable Long memberId;
    private final @Nullable TeamRole teamRole;
    private final @Nullable String memberName;
    private final boolean enabled;
    private final boolean locked;
    private @Nullable String passwordHash;

    AppUser(LoginAccount account, Clock clock) {
        this.accountId = account.accountId();
        this.email = account.email();
        this.role = account.role();
        this.providerId = account.providerId();
        this.memberId = account.memberId();
        this.teamRole = account.teamRole();
        this.memberName = account.memberName();
        this.enabled = account.enabled();
        this.locked = account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant());
        this.passwordHash = account.passwordHash();
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    /** The provider this user acts for; null for admins. */
    public @Nullable Long providerId() {
        return providerId;
    }

    /** The member of the business this user is; null for admins. */
    public @Nullable Long memberId() {
        return memberId;
    }

    /** The member's role in the business (SPEC §10); null for admins. */
    public @Nullable TeamRole teamRole() {
        return teamRole;
    }

    /** How bookings and the activity timeline name this user: the member's name, else the e-mail (admins). */
    public String displayName() {
        return memberName == null || memberName.isBlank() ? email : memberName;
    }

    /** {@code ROLE_ADMIN}, or {@code ROLE_PROVIDER} with the team role's, e.g. {@code ROLE_OWNER}. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (teamRole == null) {
            return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()), new SimpleGrantedAuthority(teamRole.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    // Equality by account lets the session registry find all sessions of one account.
    @Override
    public boolean equals(Object other) {
        return other instanceof AppUser user && user.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "AppUser[" + email + ", " + role + (teamRole == null ? "" : ", " + teamRole) + "]";
    }
}
