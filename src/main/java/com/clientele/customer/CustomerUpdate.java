package com.clientele.customer;

import org.jspecify.annotations.Nullable;

/**
 * Several changes to one customer, applied together or not at all (the API's partial update).
 * A null field stays as it is; notes change only when {@code replaceNotes} is set (null or blank
 * notes then clear them). With an {@code expectedVersion} nothing is written unless the customer is
 * still at that version.
 */
public record CustomerUpdate(@Nullable Boolean favorite, @Nullable Boolean blocked, @Nullable String blockedReason, boolean replaceNotes,
        @Nullable String notes, @Nullable Long expectedVersion) {

    public boolean isEmpty() {
        return favorite == null && blocked == null && blockedReason == null && !replaceNotes;
    }
}
