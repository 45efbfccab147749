package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.security.ui.MainLayout;
import com.clientele.workspace.ui.CustomersView;
import com.clientele.demo.DemoAccounts;
import com.clientele.provider.ui.ProvidersView;
import com.clientele.security.ui.LoginView;
import com.clientele.security.ui.NotAvailableView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * Before the start-up is done (demo data being made) nobody can sign in and readiness is down; a
 * signed-in user opening /login goes to their start page; a route a role may not use shows a plain
 * "not available" page inside the layout.
 */
@IntegrationTest
class StartupAndRefusalTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ApplicationContext context;
    @Autowired
    AccountUserDetailsService userDetails;

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        data.logout();
    }

    @Test
    void whileStartingReadinessIsDownAndSignInIsRefused() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

        assertThat(readiness().statusCode()).isEqualTo(503);
        assertThat(readiness().body()).contains("OUT_OF_SERVICE");
        assertThatThrownBy(() -> userDetails.loadUserByUsername(DemoAccounts.PROVIDER_EMAIL))
                .isInstanceOf(InternalAuthenticationServiceException.class);
        navigate(LoginView.class);
        assertThat(find(LoginForm.class).single().isEnabled()).isFalse();
        assertThat(find(Paragraph.class).all()).filteredOn(Paragraph::isVisible).extracting(Paragraph::getText)
                .contains("Preparing demo data… Sign-in opens by itself when it is ready.");

        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(readiness().statusCode()).isEqualTo(200);
        assertThat(userDetails.loadUserByUsername(DemoAccounts.PROVIDER_EMAIL).getUsername())
                .isEqualTo(DemoAccounts.PROVIDER_EMAIL);
        navigate(LoginView.class);
        assertThat(find(LoginForm.class).single().isEnabled()).isTrue();
        assertThat(find(Paragraph.class).all()).filteredOn(Paragraph::isVisible).isEmpty();
    }

    @Test
    void signedInUserOpeningLoginLandsOnTheirStartPage() {
        data.login(DemoAccounts.PROVIDER_EMAIL);
        UI.getCurrent().navigate("login");
        assertThat(getCurrentView()).isInstanceOf(CustomersView.class);

        data.login(DemoAccounts.ADMIN_EMAIL);
        UI.getCurrent().navigate("login");
        assertThat(getCurrentView()).isInstanceOf(ProvidersView.class);
    }

    @Test
    void adminOpeningCustomersSeesNotAvailablePageInTheLayout() {
        data.login(DemoAccounts.ADMIN_EMAIL);
        UI.getCurrent().navigate("customers");

        assertThat(getCurrentView()).isInstanceOf(NotAvailableView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not available");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("This page does not exist or is not available for your role.");
        assertThat(find(MainLayout.class).all()).as("inside the app layout").hasSize(1);
    }

    @Test
    void theNotAvailablePageReadsInTheMembersLanguage() {
        data.login(DemoAccounts.PROVIDER_EMAIL);
        UI.getCurrent().getSession().setLocale(Locale.FRANCE);
        UI.getCurrent().navigate("admin/providers");

        assertThat(getCurrentView()).isInstanceOf(NotAvailableView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page non disponible");
        assertThat(find(Anchor.class).withText("Aller à votre page d’accueil").exists()).isTrue();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page non disponible · Clientele");
    }

    @Test
    void providerOpeningAnAdminPageOrAnUnknownAddressSeesTheSamePage() {
        data.login(DemoAccounts.PROVIDER_EMAIL);
        UI.getCurrent().navigate("admin/audit");
        assertThat(getCurrentView()).isInstanceOf(NotAvailableView.class);

        UI.getCurrent().navigate("no-such-page");
        assertThat(getCurrentView()).isInstanceOf(NotAvailableView.class);
    }

    private HttpResponse<String> readiness() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
