package com.clientele.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.workspace.ui.CustomersView;
import com.clientele.demo.DemoAccounts;
import com.clientele.provider.ProviderAccountService;
import com.clientele.provider.ProviderChanges;
import com.clientele.security.ui.ChangePasswordView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An admin's disable or password reset ends the provider's open sessions at once. */
@IntegrationTest
class AccountSessionsTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    ProviderAccountService providerAccounts;
    @Autowired
    SessionRegistry sessionRegistry;
    @Autowired
    AccountSessions accountSessions;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void disablingAProviderEndsTheirLiveSession() throws InterruptedException {
        TestProvider provider = data.newProvider();
        data.login(provider.email());
        navigate(CustomersView.class);
        UI providerUi = UI.getCurrent();
        VaadinSession vaadinSession = providerUi.getSession();
        WrappedSession httpSession = vaadinSession.getSession();
        AppUser principal = (AppUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        String otherSessionId = "other-browser-" + provider.id();
        sessionRegistry.registerNewSession(otherSessionId, principal);
        assertThat(accountSessions.openUis(principal.accountId())).containsExactly(providerUi);

        data.login(DemoAccounts.ADMIN_EMAIL);
        providerAccounts.disableBusiness(provider.id());
        // The push to the provider's session waits for its lock; releasing the lock the test holds,
        // as the end of a request would, runs it.
        vaadinSession.unlock();
        vaadinSession.lock();

        assertThat(((MockPage) providerUi.getPage()).getLastExternalNavigationURL())
                .as("the provider's open page is sent to the login page").isEqualTo("login");
        assertThat(SignedOutSessions.invalidated(httpSession)).as("the provider's HTTP session is invalidated").isTrue();
        SessionInformation other = sessionRegistry.getSessionInformation(otherSessionId);
        assertThat(other.isExpired()).as("the provider's session in another browser is expired").isTrue();
        assertThat(accountSessions.openUis(principal.accountId())).isEmpty();
        sessionRegistry.removeSessionInformation(otherSessionId);
    }

    @Test
    void changingAProvidersSignInEmailEndsTheirLiveSession() throws InterruptedException {
        TestProvider provider = data.newProvider();
        data.login(provider.email());
        navigate(CustomersView.class);
        UI providerUi = UI.getCurrent();
        VaadinSession vaadinSession = providerUi.getSession();
        WrappedSession httpSession = vaadinSession.getSession();

        data.login(DemoAccounts.ADMIN_EMAIL);
        providerAccounts.updateProvider(provider.id(), new ProviderChanges("Renamed", "moved-" + provider.email(),
                "Europe/London", "GBP", "GB"));
        vaadinSession.unlock();
        vaadinSession.lock();

        assertThat(((MockPage) providerUi.getPage()).getLastExternalNavigationURL()).isEqualTo("login");
        assertThat(SignedOutSessions.invalidated(httpSession)).isTrue();
    }

    @Test
    void resetPasswordForcesChangeAtNextLogin() {
        TestProvider provider = data.newProvider();
        data.login(DemoAccounts.ADMIN_EMAIL);
        String generated = providerAccounts.resetPassword(data.accountId(provider.email()));

        data.login(provider.email());
        navigate("customers", ChangePasswordView.class);
        navigate("bookings", ChangePasswordView.class);
        assertThat(find(Paragraph.class).withText(
                "Your password was reset by an administrator. Choose a new password to continue.").single()).isNotNull();

        test(find(PasswordField.class).withCaption("Current password").single()).setValue(generated);
        test(find(PasswordField.class).withCaption("New password").single()).setValue("my-own-choice-77");
        test(find(PasswordField.class).withCaption("New password again").single()).setValue("my-own-choice-77");
        test(find(Button.class).withText("Change password").single()).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Password changed");
        assertThat(navigate(CustomersView.class)).as("the other views open again").isNotNull();
        UserDetails user = users.loadUserByUsername(provider.email());
        assertThat(passwordEncoder.matches("my-own-choice-77", user.getPassword())).isTrue();
    }
}
