package com.clientele.security;

/** Role names for {@code @RolesAllowed} and {@code hasRole(...)}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String PROVIDER = "PROVIDER";

    private Roles() {
    }
}
