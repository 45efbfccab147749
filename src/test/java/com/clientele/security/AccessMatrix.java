package com.clientele.security;

import com.clientele.activity.ActivityLog;
import com.clientele.activity.LiveUpdates;
import com.clientele.apitoken.ApiTokenService;
import com.clientele.apitoken.ui.ApiAccessView;
import com.clientele.audit.AuditLog;
import com.clientele.audit.AuditTrail;
import com.clientele.audit.ui.AuditLogView;
import com.clientele.security.ui.HomeView;
import com.clientele.booking.BookingHistory;
import com.clientele.booking.BookingQueries;
import com.clientele.booking.BookingFigures;
import com.clientele.booking.BookingService;
import com.clientele.booking.imports.CustomerImporter;
import com.clientele.booking.imports.ImportService;
import com.clientele.booking.ui.BookingsView;
import com.clientele.booking.ui.ImportView;
import com.clientele.customer.CustomerDirectory;
import com.clientele.customer.CustomerExport;
import com.clientele.customer.CustomerService;
import com.clientele.customer.CustomerTimeline;
import com.clientele.customer.StoredFigures;
import com.clientele.customer.CustomerStatistics;
import com.clientele.customer.CustomerSuggestions;
import com.clientele.booking.FigureCheck;
import com.clientele.workspace.ui.CustomersView;
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
import com.clientele.provider.ui.TeamView;
import com.clientele.provider.ui.ProvidersView;
import com.clientele.security.ui.ChangePasswordView;
import com.clientele.security.ui.ForgotPasswordView;
import com.clientele.security.ui.InvitationView;
import com.clientele.security.ui.LoginView;
import com.clientele.security.ui.ResetPasswordView;
import java.util.Map;
import java.util.Set;

/**
 * Who may use what — the one table the authorization tests are generated from. Every view route,
 * every service and every REST endpoint of the application must appear here (the tests check that
 * nothing is missing), so a new one cannot be added without deciding who may use it.
 */
final class AccessMatrix {

    /** Who is asking. */
    enum Subject {
        ANONYMOUS, PROVIDER, ADMIN, DISABLED_PROVIDER, REVOKED_TOKEN
    }

    /** Who is let in. */
    enum Access {
        /** anyone, signed in or not */
        PUBLIC(Set.of(Subject.ANONYMOUS, Subject.PROVIDER, Subject.ADMIN)),
        /** any signed-in user */
        AUTHENTICATED(Set.of(Subject.PROVIDER, Subject.ADMIN)),
        PROVIDER(Set.of(Subject.PROVIDER)),
        /** a business's owners; the test provider is its business's owner, so PROVIDER is let in */
        OWNER(Set.of(Subject.PROVIDER)),
        ADMIN(Set.of(Subject.ADMIN)),
        /** used by the application itself (sign-in, audit writes, reset links); no view or controller may call it */
        INTERNAL(Set.of());

        final Set<Subject> allowed;

        Access(Set<Subject> allowed) {
            this.allowed = allowed;
        }

        boolean allows(Subject subject) {
            return allowed.contains(subject);
        }
    }

    static final Map<Class<?>, Access> VIEWS = Map.ofEntries(
            Map.entry(LoginView.class, Access.PUBLIC),
            Map.entry(ForgotPasswordView.class, Access.PUBLIC),
            Map.entry(ResetPasswordView.class, Access.PUBLIC),
            Map.entry(InvitationView.class, Access.PUBLIC),
            Map.entry(TeamView.class, Access.OWNER),
            Map.entry(HomeView.class, Access.AUTHENTICATED),
            Map.entry(ChangePasswordView.class, Access.AUTHENTICATED),
            Map.entry(CustomersView.class, Access.PROVIDER),
            Map.entry(BookingsView.class, Access.PROVIDER),
            Map.entry(ImportView.class, Access.PROVIDER),
            Map.entry(ApiAccessView.class, Access.AUTHENTICATED),
            Map.entry(ProvidersView.class, Access.ADMIN),
            Map.entry(AuditLogView.class, Access.ADMIN));

    static final Map<Class<?>, Access> SERVICES = Map.ofEntries(
            Map.entry(CustomerService.class, Access.PROVIDER),
            Map.entry(CustomerStatistics.class, Access.PROVIDER),
            Map.entry(CustomerExport.class, Access.PROVIDER),
            Map.entry(CustomerSuggestions.class, Access.PROVIDER),
            Map.entry(CustomerDirectory.class, Access.PROVIDER),
            Map.entry(BookingService.class, Access.PROVIDER),
            Map.entry(BookingFigures.class, Access.PROVIDER),
            Map.entry(BookingQueries.class, Access.PROVIDER),
            Map.entry(BookingHistory.class, Access.PROVIDER),
            Map.entry(ImportService.class, Access.PROVIDER),
            Map.entry(CustomerImporter.class, Access.PROVIDER),
            Map.entry(MessageService.class, Access.PROVIDER),
            Map.entry(ActivityLog.class, Access.PROVIDER),
            Map.entry(CustomerTimeline.class, Access.PROVIDER),
            Map.entry(LiveUpdates.class, Access.PROVIDER),
            Map.entry(ProviderAccountService.class, Access.ADMIN),
            Map.entry(FigureCheck.class, Access.ADMIN),
            Map.entry(StoredFigures.class, Access.ADMIN),
            Map.entry(AuditTrail.class, Access.ADMIN),
            Map.entry(PasswordService.class, Access.AUTHENTICATED),
            Map.entry(AccountPreferences.class, Access.AUTHENTICATED),
            Map.entry(ApiTokenService.class, Access.AUTHENTICATED),
            Map.entry(ForgottenPasswords.class, Access.PUBLIC),
            Map.entry(PasswordResets.class, Access.INTERNAL),
            Map.entry(TeamService.class, Access.OWNER),
            Map.entry(Invitations.class, Access.PUBLIC),
            Map.entry(InvitationLinks.class, Access.INTERNAL),
            Map.entry(ProviderDirectory.class, Access.INTERNAL),
            Map.entry(TeamDirectory.class, Access.INTERNAL),
            Map.entry(AuditLog.class, Access.INTERNAL),
            Map.entry(AccountUserDetailsService.class, Access.INTERNAL));

    private static final String DASHBOARD = "/api/bookings/provider_dashboard";
    private static final String ADMIN_API = "/api/admin/providers";

    /** Every REST endpoint as "METHOD path pattern". */
    static final Map<String, Access> ENDPOINTS = Map.ofEntries(
            Map.entry("GET " + DASHBOARD + "/customers/", Access.PROVIDER),
            Map.entry("GET " + DASHBOARD + "/customers/export/", Access.PROVIDER),
            Map.entry("GET " + DASHBOARD + "/customers/{relation_id}/", Access.PROVIDER),
            Map.entry("PATCH " + DASHBOARD + "/customers/{relation_id}/", Access.PROVIDER),
            Map.entry("POST " + DASHBOARD + "/customers/{relation_id}/toggle_favorite/", Access.PROVIDER),
            Map.entry("POST " + DASHBOARD + "/customers/{relation_id}/toggle_block/", Access.PROVIDER),
            Map.entry("GET " + DASHBOARD + "/customers/{relation_id}/booking_history/", Access.PROVIDER),
            Map.entry("POST " + DASHBOARD + "/customers/{relation_id}/send_message/", Access.PROVIDER),
            Map.entry("GET " + DASHBOARD + "/customer_stats/", Access.PROVIDER),
            Map.entry("GET " + DASHBOARD + "/recent_customer_activity/", Access.PROVIDER),
            Map.entry("POST " + DASHBOARD + "/imports/", Access.PROVIDER),
            Map.entry("POST " + DASHBOARD + "/bookings/", Access.PROVIDER),
            Map.entry("PATCH " + DASHBOARD + "/bookings/{booking_id}/", Access.PROVIDER),
            Map.entry("GET " + DASHBOARD + "/team/", Access.OWNER),
            Map.entry("POST " + DASHBOARD + "/team/invitations/", Access.OWNER),
            Map.entry("POST " + DASHBOARD + "/team/invitations/{invitation_id}/resend/", Access.OWNER),
            Map.entry("POST " + DASHBOARD + "/team/invitations/{invitation_id}/revoke/", Access.OWNER),
            Map.entry("PATCH " + DASHBOARD + "/team/{member_id}/", Access.OWNER),
            Map.entry("POST " + DASHBOARD + "/team/{member_id}/disable/", Access.OWNER),
            Map.entry("POST " + DASHBOARD + "/team/{member_id}/enable/", Access.OWNER),
            Map.entry("DELETE " + DASHBOARD + "/team/{member_id}/", Access.OWNER),
            Map.entry("GET " + ADMIN_API + "/", Access.ADMIN),
            Map.entry("POST " + ADMIN_API + "/", Access.ADMIN),
            Map.entry("GET " + ADMIN_API + "/{provider_id}/", Access.ADMIN),
            Map.entry("PATCH " + ADMIN_API + "/{provider_id}/", Access.ADMIN),
            Map.entry("POST " + ADMIN_API + "/{provider_id}/disable/", Access.ADMIN),
            Map.entry("POST " + ADMIN_API + "/{provider_id}/enable/", Access.ADMIN),
            Map.entry("POST " + ADMIN_API + "/{provider_id}/unlock/", Access.ADMIN),
            Map.entry("POST " + ADMIN_API + "/{provider_id}/reset_password/", Access.ADMIN));

    /** Public methods that are container callbacks, not operations. */
    static final Set<String> LIFECYCLE_METHODS = Set.of("destroy", "afterPropertiesSet");

    private AccessMatrix() {
    }
}
