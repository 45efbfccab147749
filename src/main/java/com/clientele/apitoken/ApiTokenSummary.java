package com.clientele.apitoken;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A token as its owner sees it later: never the token itself, only its first characters. */
public record ApiTokenSummary(long id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
