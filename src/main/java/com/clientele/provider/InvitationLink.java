package com.clientele.provider;

import com.clientele.base.Language;
import java.time.Instant;

/**
 * An invitation's link as the e-mail that carries it needs it, in {@code language}. {@code token}
 * is the only copy of the secret: the database holds its hash.
 */
public record InvitationLink(String email, String inviteeName, String businessName, String inviterName,
        TeamRole role, Language language, String token, Instant expiresAt) {

    /** The route of the page a link opens, and the parameter that carries the token. */
    public static final String ROUTE = "invitation";
    public static final String TOKEN_PARAMETER = "token";

    /** The link's path and query, after the application's public address. */
    public String pathAndQuery() {
        return "/" + ROUTE + "?" + TOKEN_PARAMETER + "=" + token;
    }

    @Override
    public String toString() {
        // never the token, e.g. in a log
        return "InvitationLink[email=" + email + ", business=" + businessName + ", expiresAt=" + expiresAt + "]";
    }
}
