package com.clientele.provider;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A member's role in their business and what it may do (SPEC §10), the one table every check
 * reads: the services refuse what a role may not do, the screens hide it, and the authorization
 * matrix is generated from it.
 */
public enum TeamRole {

    OWNER(Scope.ALL, Scope.ALL, Scope.ALL, Scope.ALL, Scope.ALL, Scope.ALL, Scope.ALL),
    MANAGER(Scope.ALL, Scope.ALL, Scope.ALL, Scope.ALL, Scope.ALL, Scope.ALL, Scope.NONE),
    STAFF(Scope.OWN, Scope.OWN, Scope.OWN, Scope.NONE, Scope.OWN, Scope.NONE, Scope.NONE),
    FRONT_DESK(Scope.ALL, Scope.NONE, Scope.ALL, Scope.NONE, Scope.ALL, Scope.NONE, Scope.NONE);

    /** Which customers a role may do something for: all of the business's, its own, or none. */
    public enum Scope {
        ALL,
        /** Customers with at least one booking assigned to the member, past or future. */
        OWN,
        NONE
    }

    /** The rows of SPEC §10's table. */
    public enum Capability {
        /** See customers, their figures and history (the grid, search, stats, activity, details). */
        SEE_CUSTOMERS,
        /** Read and write private notes. */
        NOTES,
        /** Mark favourites; message customers. */
        FAVOURITE_AND_MESSAGE,
        /** Block and unblock; no-show rules. */
        BLOCK,
        /** Create bookings, change their status, record reviews. */
        BOOKINGS,
        /** Export and import CSV, merge duplicates, bulk actions on segments. */
        EXPORT_AND_IMPORT,
        /** Privacy actions, members, API tokens, webhooks, settings. */
        MANAGE_BUSINESS
    }

    private final Map<Capability, Scope> scopes = new EnumMap<>(Capability.class);

    TeamRole(Scope see, Scope notes, Scope favourite, Scope block, Scope bookings, Scope export, Scope manage) {
        scopes.put(Capability.SEE_CUSTOMERS, see);
        scopes.put(Capability.NOTES, notes);
        scopes.put(Capability.FAVOURITE_AND_MESSAGE, favourite);
        scopes.put(Capability.BLOCK, block);
        scopes.put(Capability.BOOKINGS, bookings);
        scopes.put(Capability.EXPORT_AND_IMPORT, export);
        scopes.put(Capability.MANAGE_BUSINESS, manage);
    }

    public Scope scope(Capability capability) {
        return scopes.get(capability);
    }

    public boolean may(Capability capability) {
        return scope(capability) != Scope.NONE;
    }

    /** The message key of the role's name, e.g. {@code team.role.front_desk}. */
    public String labelKey() {
        return "team.role." + name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security role this team role grants, e.g. {@code ROLE_OWNER} (see {@code security.Roles}). */
    public String authority() {
        return "ROLE_" + name();
    }
}
