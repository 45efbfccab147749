package com.clientele.customer;

import org.jspecify.annotations.Nullable;

/** A relation's contact data as stored (e-mail lower case, phone E.164), for the duplicate check. */
public record RelationContact(long relationId, long customerId, String name, @Nullable String email,
        @Nullable String phone) {
}
