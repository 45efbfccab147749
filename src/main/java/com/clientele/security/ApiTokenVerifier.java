package com.clientele.security;

import com.clientele.provider.LoginAccount;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks an API token sent as {@code Authorization: Bearer <token>}. Implemented by the feature
 * that issues tokens; the API security chain only asks it.
 */
public interface ApiTokenVerifier {

    /**
     * The token's account, or empty for an unknown or revoked token and for a disabled account.
     * Runs before anyone is authenticated, once per API request: keep it to one indexed lookup.
     * {@code clientAddress} is where the request came from (the first use of a token from an
     * address is audited).
     */
    Optional<VerifiedApiToken> verify(String token, @Nullable String clientAddress);

    /** A valid token: which one (for the rate limit) and whose it is. */
    record VerifiedApiToken(long tokenId, LoginAccount account) {
    }
}
