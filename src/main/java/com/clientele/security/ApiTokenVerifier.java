package com.clientele.security;

import com.clientele.provider.LoginAccount;
import java.util.Optional;

/**
 * Checks an API token sent as {@code Authorization: Bearer <token>}. Implemented by the feature
 * that issues tokens; the API security chain only asks it.
 */
public interface ApiTokenVerifier {

    /**
     * The token's account, or empty for an unknown or revoked token and for a disabled account.
     * Runs before anyone is authenticated, once per API request: keep it to one indexed lookup.
     */
    Optional<VerifiedApiToken> verify(String token);

    /** A valid token: which one (for the rate limit) and whose it is. */
    record VerifiedApiToken(long tokenId, LoginAccount account) {
    }
}
