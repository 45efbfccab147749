package com.clientele.apitoken;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A token as its manager sees it later: never the token itself, only its first characters.
 *
 * @param holder who the token acts as: the member's name (an admin's own name or e-mail)
 */
public record ApiTokenSummary(long id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt, String holder) {

    public boolean active() {
        return revokedAt == null;
    }
}
