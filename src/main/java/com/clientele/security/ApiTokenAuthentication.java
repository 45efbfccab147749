package com.clientele.security;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by an API token. The principal is the same {@link AppUser} a form login
 * produces, so {@link CurrentUser} and every role check work unchanged.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AppUser user;
    private final long tokenId;

    ApiTokenAuthentication(AppUser user, long tokenId) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public AppUser getPrincipal() {
        return user;
    }
}
