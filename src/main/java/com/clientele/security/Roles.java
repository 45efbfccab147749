package com.clientele.security;

/**
 * Role names for {@code @RolesAllowed} and {@code hasRole(...)}: an admin, or a provider's member
 * ({@code PROVIDER}) who also has their team role (SPEC §10, {@code provider.TeamRole}).
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String PROVIDER = "PROVIDER";
    public static final String OWNER = "OWNER";
    public static final String MANAGER = "MANAGER";
    public static final String STAFF = "STAFF";
    public static final String FRONT_DESK = "FRONT_DESK";
    /** The Prometheus scraper with the metrics token: {@code /actuator/prometheus} only, no account. */
    public static final String METRICS = "METRICS";

    private Roles() {
    }
}
