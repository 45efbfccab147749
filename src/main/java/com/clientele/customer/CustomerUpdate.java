package com.clientele.customer;

/**
 * Several changes to one customer, applied together or not at all (the API's partial update).
 * A null field stays as it is; notes change only when {@code replaceNotes} is set (null or blank
 * notes then clear them). With an {@code expectedVersion} nothing is written unless the customer is
 * still at that version.
 */
public record CustomerUpdate(Boolean favorite, Boolean blocked, String blockedReason, boolean replaceNotes,
        String notes, Long expectedVersion) {

    public boolean isEmpty() {
        return favorite == null && blocked == null && blockedReason == null && !replaceNotes;
    }
}
