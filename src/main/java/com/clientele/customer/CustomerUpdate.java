package com.clientele.customer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Several changes to one customer, applied together or not at all (the API's partial update).
 * A null field stays as it is; notes change only when {@code replaceNotes} is set (null or blank
 * notes then clear them). A block may end by itself at {@code blockedUntil} (SPEC 11). With an {@code expectedVersion} nothing is written unless the customer is
 * still at that version.
 */
public record CustomerUpdate(@Nullable Boolean favorite, @Nullable Boolean blocked, @Nullable String blockedReason,
        @Nullable Instant blockedUntil, boolean replaceNotes, @Nullable String notes, @Nullable Long expectedVersion) {

    /** A change without an end of a block: a block it makes lasts until lifted. */
    public CustomerUpdate(@Nullable Boolean favorite, @Nullable Boolean blocked, @Nullable String blockedReason,
            boolean replaceNotes, @Nullable String notes, @Nullable Long expectedVersion) {
        this(favorite, blocked, blockedReason, null, replaceNotes, notes, expectedVersion);
    }

    public boolean isEmpty() {
        return favorite == null && blocked == null && blockedReason == null && blockedUntil == null && !replaceNotes;
    }
}
