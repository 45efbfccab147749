package com.clientele.customer;

/** A customer offered while a provider types a name, e-mail or phone, with what a picker must show. */
public record CustomerSuggestion(long customerId, long relationId, String name, String email, String phone,
        boolean blocked, String blockedReason) {

    /** E-mail, else phone: what tells two customers of the same name apart. */
    public String contact() {
        return email != null ? email : phone != null ? phone : "";
    }
}
