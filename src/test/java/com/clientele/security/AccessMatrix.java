package com.clientele.security;

import static com.clientele.provider.TeamRole.Capability.BLOCK;
import static com.clientele.provider.TeamRole.Capability.BOOKINGS;
import static com.clientele.provider.TeamRole.Capability.EXPORT_AND_IMPORT;
import static com.clientele.provider.TeamRole.Capability.FAVOURITE_AND_MESSAGE;
import static com.clientele.provider.TeamRole.Capability.MANAGE_BUSINESS;
import static com.clientele.provider.TeamRole.Capability.NOTES;
import static com.clientele.provider.TeamRole.Capability.SEE_CUSTOMERS;

import com.clientele.activity.ActivityLog;
import com.clientele.activity.LiveUpdates;
import com.clientele.apitoken.ApiTokenService;
import com.clientele.apitoken.ui.ApiAccessView;
import com.clientele.audit.AuditLog;
import com.clientele.audit.AuditTrail;
import com.clientele.audit.ui.AuditLogView;
import com.clientele.booking.BookingFigures;
import com.clientele.booking.NoShowRules;
import com.clientele.customer.CustomerMerging;
import com.clientele.merge.Duplicates;
import com.clientele.merge.MergeService;
import com.clientele.merge.ui.DuplicatesView;
import com.clientele.booking.ui.NoShowRulesView;
import com.clientele.booking.BookingHistory;
import com.clientele.booking.BookingQueries;
import com.clientele.booking.BookingService;
import com.clientele.booking.FigureCheck;
import com.clientele.booking.imports.CustomerImporter;
import com.clientele.booking.imports.ImportService;
import com.clientele.booking.ui.BookingsView;
import com.clientele.booking.ui.ImportView;
import com.clientele.customer.CustomerDirectory;
import com.clientele.customer.CustomerExport;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerStatistics;
import com.clientele.customer.CustomerSuggestions;
import com.clientele.customer.CustomerTimeline;
import com.clientele.customer.StoredFigures;
import com.clientele.messaging.MessageService;
import com.clientele.provider.AccountPreferences;
import com.clientele.provider.PasswordResets;
import com.clientele.provider.PasswordService;
import com.clientele.provider.ProviderAccountService;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.InvitationLinks;
import com.clientele.provider.Invitations;
import com.clientele.provider.TeamDirectory;
import com.clientele.provider.TeamService;
import com.clientele.provider.TeamRole;
import com.clientele.provider.TeamRole.Capability;
import com.clientele.provider.TeamRole.Scope;
import com.clientele.provider.ui.ProvidersView;
import com.clientele.provider.ui.TeamView;
import com.clientele.security.ui.ChangePasswordView;
import com.clientele.security.ui.ForgotPasswordView;
import com.clientele.security.ui.InvitationView;
import com.clientele.security.ui.HomeView;
import com.clientele.security.ui.LoginView;
import com.clientele.security.ui.ResetPasswordView;
import com.clientele.webhook.WebhookService;
import com.clientele.webhook.ui.WebhooksView;
import com.clientele.workspace.ui.CustomersView;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Who may use what — the one table the authorization tests are generated from. Every view route,
 * every public method of every service and every REST endpoint of the application must appear here
 * (the tests check that nothing is missing), so a new one cannot be added without deciding who may
 * use it.
 *
 * <p><b>How it reads.</b> An {@link Access} is the set of {@link Subject}s it admits. What a team
 * role may do is not written here a second time: {@link Access#team(Capability)} asks
 * {@code provider.TeamRole} (SPEC §10) which roles may, and which of them only for their own
 * customers (staff), so the tests cannot disagree with the product's table. A view or endpoint
 * that is "owners only" is one line: {@code Map.entry(TeamView.class, Access.team(MANAGE_BUSINESS))}.
 *
 * <p><b>Services, method by method.</b> {@link #SERVICES} gives each service a default access
 * <em>and names the public methods it is decided for</em>; {@link #METHODS} holds the methods whose
 * capability differs from their class's. A class default alone would silently cover a method added
 * later (a new owner-only action on {@code CustomerService} would be "any role" without anyone
 * deciding it), so the test demands that every public method of a service is named exactly once,
 * in its row or in {@code METHODS}. Only services that are {@link Access#INTERNAL} as a whole name
 * no methods: no view or controller can reach them at all (ArchUnit), so a new method of theirs
 * is internal too.
 */
final class AccessMatrix {

    /** Who is asking: nobody, a member of a business in one of the four roles, an admin, or a dead credential. */
    enum Subject {
        ANONYMOUS, OWNER, MANAGER, STAFF, FRONT_DESK, ADMIN, DISABLED_PROVIDER, REVOKED_TOKEN;

        static final Set<Subject> MEMBERS = EnumSet.of(OWNER, MANAGER, STAFF, FRONT_DESK);

        /** The team role of a member subject; null for the others. */
        @Nullable TeamRole role() {
            return MEMBERS.contains(this) ? TeamRole.valueOf(name()) : null;
        }

        static Subject of(TeamRole role) {
            return valueOf(role.name());
        }
    }

    /**
     * Who is let in: the subjects admitted, and which of them only for their own customers (a staff
     * member, SPEC §10): for those another member's customer is "not found", like another business's.
     */
    record Access(Set<Subject> admitted, Set<Subject> ownCustomersOnly) {

        /** anyone, signed in or not */
        static final Access PUBLIC = of(Subject.ANONYMOUS, Subject.OWNER, Subject.MANAGER, Subject.STAFF,
                Subject.FRONT_DESK, Subject.ADMIN);
        /** any signed-in user: every member and the admins */
        static final Access AUTHENTICATED = of(Subject.OWNER, Subject.MANAGER, Subject.STAFF, Subject.FRONT_DESK,
                Subject.ADMIN);
        /** any member of a business, whatever the role (what the role may do is checked by what it does next) */
        static final Access MEMBER = of(Subject.OWNER, Subject.MANAGER, Subject.STAFF, Subject.FRONT_DESK);
        static final Access ADMIN = of(Subject.ADMIN);
        /**
         * used by the application itself (sign-in, audit writes, reset links) or by other services
         * inside an operation they checked; no view or controller may call it (ArchUnit)
         */
        static final Access INTERNAL = of();

        Access {
            admitted = Set.copyOf(admitted);
            ownCustomersOnly = Set.copyOf(ownCustomersOnly);
        }

        private static Access of(Subject... subjects) {
            return new Access(Set.of(subjects), Set.of());
        }

        /** The roles {@code TeamRole} lets do this at all, staff (scope OWN) for their own customers only. */
        static Access team(Capability capability) {
            return new Access(roles(role -> role.may(capability)),
                    roles(role -> role.scope(capability) == Scope.OWN));
        }

        /** The roles that may do this for every customer of the business (scope ALL): e.g. handing bookings on. */
        static Access teamForAllCustomers(Capability capability) {
            return new Access(roles(role -> role.scope(capability) == Scope.ALL), Set.of());
        }

        Access or(Access other) {
            return new Access(union(admitted, other.admitted), union(ownCustomersOnly, other.ownCustomersOnly));
        }

        boolean allows(Subject subject) {
            return admitted.contains(subject);
        }

        /** Whether the subject is let in for their own customers only. */
        boolean ownOnly(Subject subject) {
            return ownCustomersOnly.contains(subject);
        }

        boolean internal() {
            return admitted.isEmpty();
        }

        /**
         * The {@code @PreAuthorize} rule a service method with this access carries. The rule says who
         * may reach the service at all — everyone, any signed-in user, admins, or members of a
         * business — and a team role's capability is checked inside the method
         * ({@code CurrentUser.require}), before anything is looked up: one rule for every service
         * (docs/security.md).
         */
        @Nullable String expression() {
            if (internal()) {
                return null;
            }
            if (allows(Subject.ANONYMOUS)) {
                return "permitAll()";
            }
            boolean members = admitted.stream().anyMatch(Subject.MEMBERS::contains);
            if (members && allows(Subject.ADMIN)) {
                return "isAuthenticated()";
            }
            return members ? "hasRole('PROVIDER')" : "hasRole('ADMIN')";
        }

        private static Set<Subject> roles(Predicate<TeamRole> test) {
            return Arrays.stream(TeamRole.values()).filter(test).map(Subject::of).collect(Collectors.toSet());
        }

        private static Set<Subject> union(Set<Subject> one, Set<Subject> other) {
            var all = EnumSet.noneOf(Subject.class);
            all.addAll(one);
            all.addAll(other);
            return all;
        }
    }

    /** A service's default access and the public methods it is decided for (none for an internal service). */
    record ServiceRow(Access byDefault, Set<String> methods) {

        static ServiceRow decided(Access access, String... methods) {
            return new ServiceRow(access, Set.of(methods));
        }

        static ServiceRow internal() {
            return new ServiceRow(Access.INTERNAL, Set.of());
        }
    }

    static final Map<Class<?>, Access> VIEWS = Map.ofEntries(
            Map.entry(LoginView.class, Access.PUBLIC),
            Map.entry(ForgotPasswordView.class, Access.PUBLIC),
            Map.entry(ResetPasswordView.class, Access.PUBLIC),
            Map.entry(InvitationView.class, Access.PUBLIC),
            Map.entry(TeamView.class, Access.team(MANAGE_BUSINESS)),
            Map.entry(WebhooksView.class, Access.team(MANAGE_BUSINESS)),
            // no-show rules and the cut-off: who may block (SPEC §10's table, §11)
            Map.entry(NoShowRulesView.class, Access.team(BLOCK)),
            Map.entry(HomeView.class, Access.AUTHENTICATED),
            Map.entry(ChangePasswordView.class, Access.AUTHENTICATED),
            Map.entry(CustomersView.class, Access.team(SEE_CUSTOMERS)),
            Map.entry(BookingsView.class, Access.team(BOOKINGS)),
            Map.entry(ImportView.class, Access.team(EXPORT_AND_IMPORT)),
            // possible duplicates and merges: SPEC §10's "merge duplicates" row
            Map.entry(DuplicatesView.class, Access.team(EXPORT_AND_IMPORT)),
            Map.entry(ApiAccessView.class, Access.team(MANAGE_BUSINESS).or(Access.ADMIN)),
            Map.entry(ProvidersView.class, Access.ADMIN),
            Map.entry(AuditLogView.class, Access.ADMIN));

    static final Map<Class<?>, ServiceRow> SERVICES = Map.ofEntries(
            Map.entry(CustomerService.class, ServiceRow.decided(Access.team(SEE_CUSTOMERS),
                    "list", "listAfter", "listDetails", "count", "details",
                    // favourite, block and notes in one change: each part checks its own capability
                    "update")),
            Map.entry(CustomerStatistics.class, ServiceRow.decided(Access.team(SEE_CUSTOMERS),
                    "stats", "newCustomersPerMonth")),
            Map.entry(CustomerExport.class, ServiceRow.decided(Access.team(EXPORT_AND_IMPORT), "fileName", "write")),
            // the customer picker of the new-booking dialog: finding a customer is seeing them
            Map.entry(CustomerSuggestions.class, ServiceRow.decided(Access.team(SEE_CUSTOMERS), "search")),
            Map.entry(CustomerDirectory.class, ServiceRow.decided(Access.INTERNAL,
                    // building blocks of bookings, imports and messages, which check the capability first
                    "lockOrCreate", "lockOrCreateAll", "addImportedNotes", "lock", "requireCustomer", "emailOf",
                    "storeFigures")),
            Map.entry(CustomerTimeline.class, ServiceRow.decided(Access.team(SEE_CUSTOMERS), "recent", "forCustomer")),
            // the relation-table half of a merge, for MergeService, which checks the capability first
            Map.entry(CustomerMerging.class, ServiceRow.decided(Access.INTERNAL,
                    "lockPair", "snapshot", "merge", "unmerge", "mergedInto")),
            Map.entry(Duplicates.class, ServiceRow.decided(Access.team(EXPORT_AND_IMPORT), "page", "count", "dismiss")),
            Map.entry(MergeService.class, ServiceRow.decided(Access.team(EXPORT_AND_IMPORT),
                    "undoWindow", "preview", "merge", "undo", "history", "historyCount")),
            Map.entry(BookingService.class, ServiceRow.decided(Access.team(BOOKINGS),
                    "create", "changeStatus", "recordReview")),
            Map.entry(BookingFigures.class, ServiceRow.decided(Access.INTERNAL, "refresh")),
            Map.entry(NoShowRules.class, ServiceRow.decided(Access.team(BLOCK),
                    "list", "create", "delete", "lateCancellationHours", "changeLateCancellationHours")),
            Map.entry(BookingQueries.class, ServiceRow.decided(Access.team(BOOKINGS),
                    "provider", "team", "ownCustomersOnly", "find", "list", "count")),
            Map.entry(BookingHistory.class, ServiceRow.decided(Access.team(SEE_CUSTOMERS),
                    "bookings", "countBookings", "reviews")),
            Map.entry(ImportService.class, ServiceRow.decided(Access.team(EXPORT_AND_IMPORT), "read", "check", "start")),
            Map.entry(CustomerImporter.class, ServiceRow.decided(Access.team(EXPORT_AND_IMPORT),
                    "check", "importCustomers")),
            Map.entry(MessageService.class, ServiceRow.decided(Access.team(FAVOURITE_AND_MESSAGE),
                    "send", "isEmailConfigured")),
            Map.entry(ActivityLog.class, ServiceRow.decided(Access.team(SEE_CUSTOMERS), "recent", "forCustomer")),
            // "something changed" for the open workspace, which then reads what the member may see
            Map.entry(LiveUpdates.class, ServiceRow.decided(Access.MEMBER, "subscribe")),
            Map.entry(ProviderAccountService.class, ServiceRow.decided(Access.ADMIN,
                    "list", "count", "provider", "createProvider", "updateProvider", "disableBusiness",
                    "enableBusiness", "disableAdmin", "enableAdmin", "resetPassword", "unlock")),
            Map.entry(TeamService.class, ServiceRow.decided(Access.team(MANAGE_BUSINESS),
                    "invitationValidity", "members", "invite", "resend", "revoke", "changeRole", "disable", "enable",
                    "remove")),
            // the invitation page: the link's secret token is the permission, as with password resets
            Map.entry(Invitations.class, ServiceRow.decided(Access.PUBLIC, "check", "accept")),
            Map.entry(InvitationLinks.class, ServiceRow.internal()),
            Map.entry(FigureCheck.class, ServiceRow.decided(Access.ADMIN, "checkAll", "checkProvider")),
            Map.entry(StoredFigures.class, ServiceRow.decided(Access.ADMIN,
                    "providerIds", "ofProvider", "totalsMismatches")),
            Map.entry(AuditTrail.class, ServiceRow.decided(Access.ADMIN, "list", "count")),
            Map.entry(PasswordService.class, ServiceRow.decided(Access.AUTHENTICATED,
                    "changeOwnPassword", "mustChangePassword")),
            Map.entry(AccountPreferences.class, ServiceRow.decided(Access.AUTHENTICATED,
                    "ownLanguage", "changeOwnLanguage")),
            Map.entry(ApiTokenService.class, ServiceRow.decided(Access.team(MANAGE_BUSINESS).or(Access.ADMIN),
                    "create", "list", "revoke")),
            Map.entry(WebhookService.class, ServiceRow.decided(Access.team(MANAGE_BUSINESS),
                    "list", "find", "create", "update", "setEnabled", "rotateSecret", "delete", "deliveries",
                    "countDeliveries", "redeliver")),
            Map.entry(ForgottenPasswords.class, ServiceRow.decided(Access.PUBLIC,
                    "requestLink", "isUsable", "resetPassword", "linkValidity")),
            Map.entry(PasswordResets.class, ServiceRow.internal()),
            Map.entry(ProviderDirectory.class, ServiceRow.internal()),
            Map.entry(TeamDirectory.class, ServiceRow.internal()),
            Map.entry(AuditLog.class, ServiceRow.internal()),
            Map.entry(AccountUserDetailsService.class, ServiceRow.internal()));

    /** The methods whose access differs from their service's default (SPEC §10's rows). */
    static final Map<Class<?>, Map<String, Access>> METHODS = Map.ofEntries(
            Map.entry(CustomerService.class, Map.ofEntries(
                    // the business's currency and zone, and what the role may do: every member's screen needs them
                    Map.entry("profile", Access.MEMBER),
                    Map.entry("permissions", Access.MEMBER),
                    Map.entry("setFavorite", Access.team(FAVOURITE_AND_MESSAGE)),
                    Map.entry("toggleFavorite", Access.team(FAVOURITE_AND_MESSAGE)),
                    Map.entry("block", Access.team(BLOCK)),
                    Map.entry("unblock", Access.team(BLOCK)),
                    Map.entry("toggleBlock", Access.team(BLOCK)),
                    Map.entry("exemptFromRules", Access.team(BLOCK)),
                    Map.entry("endExemption", Access.team(BLOCK)),
                    Map.entry("clearFlag", Access.team(BLOCK)),
                    Map.entry("updateNotes", Access.team(NOTES)))),
            Map.entry(BookingService.class, Map.of(
                    // naming who serves a booking hands the customer to a member: for roles that book for everyone
                    "assign", Access.teamForAllCustomers(BOOKINGS),
                    "checkImport", Access.team(EXPORT_AND_IMPORT),
                    "importBookings", Access.team(EXPORT_AND_IMPORT))),
            Map.entry(NoShowRules.class, Map.of(
                    // in the transaction that recorded a no-show, which checked the role first
                    "evaluate", Access.INTERNAL)),
            Map.entry(MessageService.class, Map.of(
                    // the messages sent to a customer are part of what one sees of them
                    "forCustomer", Access.team(SEE_CUSTOMERS))),
            Map.entry(ActivityLog.class, Map.of(
                    // written by the services that made the change, in their transaction
                    "record", Access.INTERNAL,
                    "recordImport", Access.INTERNAL,
                    "recordInTimelines", Access.INTERNAL,
                    // a job's own work (a block's end), with nobody signed in
                    "recordBySystem", Access.INTERNAL)),
            Map.entry(ApiTokenService.class, Map.of(
                    // a token for another member of the business: owners only, admins have no team
                    "create(String,long)", Access.team(MANAGE_BUSINESS),
                    "tokenHolders", Access.team(MANAGE_BUSINESS),
                    // the demo data's documented token of each role; real tokens come from create
                    "ensure", Access.INTERNAL)));

    private static final String DASHBOARD = "/api/bookings/provider_dashboard";
    private static final String ADMIN_API = "/api/admin/providers";

    /**
     * Every REST endpoint as "METHOD path pattern", and every actuator endpoint exposed but health (the
     * load balancer's probes, open to all). The PATCH of a customer is decided for the body
     * the test sends (notes, SPEC §10's "private notes"); its other fields follow their own rows.
     */
    static final Map<String, Access> ENDPOINTS = Map.ofEntries(
            Map.entry("GET " + DASHBOARD + "/customers/", Access.team(SEE_CUSTOMERS)),
            Map.entry("GET " + DASHBOARD + "/customers/export/", Access.team(EXPORT_AND_IMPORT)),
            Map.entry("GET " + DASHBOARD + "/customers/{relation_id}/", Access.team(SEE_CUSTOMERS)),
            Map.entry("PATCH " + DASHBOARD + "/customers/{relation_id}/", Access.team(NOTES)),
            Map.entry("POST " + DASHBOARD + "/customers/{relation_id}/toggle_favorite/",
                    Access.team(FAVOURITE_AND_MESSAGE)),
            Map.entry("POST " + DASHBOARD + "/customers/{relation_id}/toggle_block/", Access.team(BLOCK)),
            Map.entry("POST " + DASHBOARD + "/customers/{relation_id}/rules_exemption/", Access.team(BLOCK)),
            Map.entry("DELETE " + DASHBOARD + "/customers/{relation_id}/rules_exemption/", Access.team(BLOCK)),
            Map.entry("POST " + DASHBOARD + "/customers/{relation_id}/clear_flag/", Access.team(BLOCK)),
            Map.entry("GET " + DASHBOARD + "/duplicates/", Access.team(EXPORT_AND_IMPORT)),
            Map.entry("POST " + DASHBOARD + "/duplicates/{pair_id}/dismiss/", Access.team(EXPORT_AND_IMPORT)),
            Map.entry("POST " + DASHBOARD + "/customers/{relation_id}/merge/", Access.team(EXPORT_AND_IMPORT)),
            Map.entry("GET " + DASHBOARD + "/merges/", Access.team(EXPORT_AND_IMPORT)),
            Map.entry("POST " + DASHBOARD + "/merges/{merge_id}/undo/", Access.team(EXPORT_AND_IMPORT)),
            Map.entry("GET " + DASHBOARD + "/no_show_rules/", Access.team(BLOCK)),
            Map.entry("POST " + DASHBOARD + "/no_show_rules/", Access.team(BLOCK)),
            Map.entry("DELETE " + DASHBOARD + "/no_show_rules/{rule_id}/", Access.team(BLOCK)),
            Map.entry("GET " + DASHBOARD + "/no_show_settings/", Access.team(BLOCK)),
            Map.entry("PATCH " + DASHBOARD + "/no_show_settings/", Access.team(BLOCK)),
            Map.entry("GET " + DASHBOARD + "/customers/{relation_id}/booking_history/", Access.team(SEE_CUSTOMERS)),
            Map.entry("POST " + DASHBOARD + "/customers/{relation_id}/send_message/",
                    Access.team(FAVOURITE_AND_MESSAGE)),
            Map.entry("GET " + DASHBOARD + "/customer_stats/", Access.team(SEE_CUSTOMERS)),
            Map.entry("GET " + DASHBOARD + "/recent_customer_activity/", Access.team(SEE_CUSTOMERS)),
            Map.entry("POST " + DASHBOARD + "/imports/", Access.team(EXPORT_AND_IMPORT)),
            Map.entry("POST " + DASHBOARD + "/bookings/", Access.team(BOOKINGS)),
            Map.entry("PATCH " + DASHBOARD + "/bookings/{booking_id}/", Access.teamForAllCustomers(BOOKINGS)),
            Map.entry("GET " + DASHBOARD + "/team/", Access.team(MANAGE_BUSINESS)),
            Map.entry("POST " + DASHBOARD + "/team/invitations/", Access.team(MANAGE_BUSINESS)),
            Map.entry("POST " + DASHBOARD + "/team/invitations/{invitation_id}/resend/", Access.team(MANAGE_BUSINESS)),
            Map.entry("POST " + DASHBOARD + "/team/invitations/{invitation_id}/revoke/", Access.team(MANAGE_BUSINESS)),
            Map.entry("PATCH " + DASHBOARD + "/team/{member_id}/", Access.team(MANAGE_BUSINESS)),
            Map.entry("POST " + DASHBOARD + "/team/{member_id}/disable/", Access.team(MANAGE_BUSINESS)),
            Map.entry("POST " + DASHBOARD + "/team/{member_id}/enable/", Access.team(MANAGE_BUSINESS)),
            Map.entry("DELETE " + DASHBOARD + "/team/{member_id}/", Access.team(MANAGE_BUSINESS)),
            Map.entry("GET " + DASHBOARD + "/webhooks/", Access.team(MANAGE_BUSINESS)),
            Map.entry("POST " + DASHBOARD + "/webhooks/", Access.team(MANAGE_BUSINESS)),
            Map.entry("GET " + DASHBOARD + "/webhooks/{webhook_id}/", Access.team(MANAGE_BUSINESS)),
            Map.entry("PATCH " + DASHBOARD + "/webhooks/{webhook_id}/", Access.team(MANAGE_BUSINESS)),
            Map.entry("DELETE " + DASHBOARD + "/webhooks/{webhook_id}/", Access.team(MANAGE_BUSINESS)),
            Map.entry("POST " + DASHBOARD + "/webhooks/{webhook_id}/rotate_secret/", Access.team(MANAGE_BUSINESS)),
            Map.entry("GET " + DASHBOARD + "/webhooks/{webhook_id}/deliveries/", Access.team(MANAGE_BUSINESS)),
            Map.entry("POST " + DASHBOARD + "/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver/",
                    Access.team(MANAGE_BUSINESS)),
            Map.entry("GET " + ADMIN_API + "/", Access.ADMIN),
            Map.entry("POST " + ADMIN_API + "/", Access.ADMIN),
            Map.entry("GET " + ADMIN_API + "/{provider_id}/", Access.ADMIN),
            Map.entry("PATCH " + ADMIN_API + "/{provider_id}/", Access.ADMIN),
            Map.entry("POST " + ADMIN_API + "/{provider_id}/disable/", Access.ADMIN),
            Map.entry("POST " + ADMIN_API + "/{provider_id}/enable/", Access.ADMIN),
            Map.entry("POST " + ADMIN_API + "/{provider_id}/unlock/", Access.ADMIN),
            Map.entry("POST " + ADMIN_API + "/{provider_id}/reset_password/", Access.ADMIN),
            // also the scraper with the metrics token (MetricsEndpointTest); /actuator/health is public
            Map.entry("GET /actuator/prometheus", Access.ADMIN));

    /** Public methods that are container callbacks, not operations. */
    static final Set<String> LIFECYCLE_METHODS = Set.of("destroy", "afterPropertiesSet");

    /**
     * The decided access of a service's public method, or null when nobody decided it. A METHODS key
     * is a method's name, or for one overload its signature ({@code "create(String,long)"}), which
     * then wins over the name.
     */
    static @Nullable Access method(Class<?> service, Method method) {
        Access special = METHODS.getOrDefault(service, Map.of()).get(signature(method));
        return special != null ? special : method(service, method.getName());
    }

    static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    /** {@link #method(Class, Method)} by name only. */
    static @Nullable Access method(Class<?> service, String method) {
        Access special = METHODS.getOrDefault(service, Map.of()).get(method);
        if (special != null) {
            return special;
        }
        ServiceRow row = SERVICES.get(service);
        if (row == null) {
            return null;
        }
        return row.methods().contains(method) || row.methods().isEmpty() && row.byDefault().internal()
                ? row.byDefault() : null;
    }

    private AccessMatrix() {
    }
}
