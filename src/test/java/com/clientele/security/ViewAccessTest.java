package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.apitoken.ui.ApiAccessView;
import com.clientele.audit.ui.AuditLogView;
import com.clientele.booking.ui.BookingsView;
import com.clientele.booking.ui.ImportView;
import com.clientele.booking.ui.NoShowRulesView;
import com.clientele.workspace.ui.CustomersView;
import com.clientele.demo.DemoAccounts;
import com.clientele.provider.TeamRole;
import com.clientele.provider.ui.ProvidersView;
import com.clientele.provider.ui.TeamView;
import com.clientele.security.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Each role reaches only its own views, and the menu offers only those. */
@IntegrationTest
class ViewAccessTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void anonymousUserIsSentToLogin() {
        navigateExpectingDenied(CustomersView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void providerSeesProviderViewsOnly() {
        data.login(DemoAccounts.PROVIDER_EMAIL);

        assertThat(navigate(CustomersView.class)).isNotNull();
        assertThat(menuItems()).containsExactly("Customers", "Bookings", "Import", "Duplicates", "No-show rules", "Team", "Webhooks",
                "API access");
        assertThat(navigate(BookingsView.class)).isNotNull();
        assertThat(navigate(ImportView.class)).isNotNull();
        assertThat(navigate(TeamView.class)).isNotNull();
        assertThat(navigate(ApiAccessView.class)).isNotNull();

        navigateExpectingDenied(ProvidersView.class);
        navigateExpectingDenied(AuditLogView.class);
    }

    @Test
    void adminSeesAdminViewsAndApiAccessOnly() {
        data.login(DemoAccounts.ADMIN_EMAIL);

        assertThat(navigate(ProvidersView.class)).isNotNull();
        assertThat(menuItems()).containsExactly("Provider accounts", "Audit log", "API access");
        assertThat(navigate(AuditLogView.class)).isNotNull();
        assertThat(navigate(ApiAccessView.class)).as("admins keep tokens for the admin API").isNotNull();

        navigateExpectingDenied(CustomersView.class);
        navigateExpectingDenied(BookingsView.class);
        navigateExpectingDenied(ImportView.class);
        navigateExpectingDenied(TeamView.class);
    }

    @Test
    void aManagerImportsButManagesNoApiTokens() {
        data.login(data.newMember(data.newProvider(), TeamRole.MANAGER).email());

        assertThat(navigate(CustomersView.class)).isNotNull();
        assertThat(menuItems()).containsExactly("Customers", "Bookings", "Import", "Duplicates", "No-show rules");
        assertThat(navigate(ImportView.class)).isNotNull();
        assertThat(navigate(NoShowRulesView.class)).as("managers set up no-show protection").isNotNull();
        navigateExpectingDenied(ApiAccessView.class);
        navigateExpectingDenied(TeamView.class);
        navigateExpectingDenied(ProvidersView.class);
    }

    @Test
    void staffSeeCustomersAndBookingsOnly() {
        seesCustomersAndBookingsOnly(TeamRole.STAFF);
    }

    @Test
    void frontDeskSeesCustomersAndBookingsOnly() {
        seesCustomersAndBookingsOnly(TeamRole.FRONT_DESK);
    }

    private void seesCustomersAndBookingsOnly(TeamRole role) {
        data.login(data.newMember(data.newProvider(), role).email());

        assertThat(navigate(CustomersView.class)).isNotNull();
        assertThat(menuItems()).containsExactly("Customers", "Bookings");
        assertThat(navigate(BookingsView.class)).isNotNull();
        navigateExpectingDenied(ImportView.class);
        navigateExpectingDenied(ApiAccessView.class);
        navigateExpectingDenied(TeamView.class);
        navigateExpectingDenied(AuditLogView.class);
    }

    private java.util.List<String> menuItems() {
        SideNav nav = find(SideNav.class).single();
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private void navigateExpectingDenied(Class<? extends com.vaadin.flow.component.Component> view) {
        try {
            navigate(view);
        } catch (IllegalArgumentException | IllegalStateException expected) {
            // the router refused the navigation
        }
        assertThat(getCurrentView()).isNotInstanceOf(view);
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            assertThat(getCurrentView()).as("the view's existence is not revealed").isInstanceOf(RouteNotFoundError.class);
        }
    }
}
