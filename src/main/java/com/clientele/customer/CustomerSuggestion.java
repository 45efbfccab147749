package com.clientele.customer;

import org.jspecify.annotations.Nullable;

/**
 * A customer offered while a provider types a name, e-mail or phone, with what a picker must show:
 * the block and its reason, the reliability at booking time and a no-show rule's flag (SPEC 11).
 */
public record CustomerSuggestion(long customerId, long relationId, String name, @Nullable String email,
        @Nullable String phone,
        boolean blocked, @Nullable String blockedReason, Reliability reliability, @Nullable String flaggedReason) {

    /** E-mail, else phone: what tells two customers of the same name apart. */
    public String contact() {
        return email != null ? email : phone != null ? phone : "";
    }
}
