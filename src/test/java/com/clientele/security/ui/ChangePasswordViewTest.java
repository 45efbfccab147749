package com.clientele.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.demo.DemoAccounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Any signed-in user changes their own password; the current one is required. */
@IntegrationTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void providerChangesTheirPasswordAndItIsAudited() {
        TestProvider provider = data.newProvider();
        data.login(provider.email());
        navigate(ChangePasswordView.class);

        fill(TestData.PASSWORD, "brand-new-secret-9", "brand-new-secret-9");

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Password changed");
        assertThat(passwordEncoder.matches("brand-new-secret-9",
                users.loadUserByUsername(provider.email()).getPassword())).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'PASSWORD_CHANGED' AND target = ? "
                + "AND actor = ?").params(provider.email(), provider.email()).query(Long.class).single()).isEqualTo(1);
        assertThat(field("Current password").getValue()).as("the form is cleared").isEmpty();
    }

    @Test
    void wrongCurrentPasswordWeakOrRepeatedNewPasswordAreRefusedOnTheFields() {
        TestProvider provider = data.newProvider();
        data.login(provider.email());
        navigate(ChangePasswordView.class);

        fill("not-my-password-1", "weak", "weak");
        assertThat(field("Current password").isInvalid()).isTrue();
        assertThat(field("Current password").getErrorMessage()).isEqualTo("This is not your current password");
        assertThat(field("New password").getErrorMessage()).startsWith("At least 10 characters");

        fill(TestData.PASSWORD, "fine-password-42", "fine-password-43");
        assertThat(field("New password again").getErrorMessage()).isEqualTo("The two new passwords differ");

        fill(TestData.PASSWORD, TestData.PASSWORD, TestData.PASSWORD);
        assertThat(field("New password").getErrorMessage()).isEqualTo("Choose a password different from the current one");

        assertThat(passwordEncoder.matches(TestData.PASSWORD, users.loadUserByUsername(provider.email()).getPassword()))
                .as("nothing was changed").isTrue();
    }

    @Test
    void adminCanChangeTheirPasswordToo() {
        data.login(DemoAccounts.ADMIN_EMAIL);
        assertThat(navigate(ChangePasswordView.class)).isNotNull();
        assertThat(find(Button.class).withText("Change password").single().isEnabled()).isTrue();
    }

    @Test
    void anAdminReadingGermanSeesThePageAndTheLayoutInGerman() {
        data.login(DemoAccounts.ADMIN_EMAIL);
        UI.getCurrent().getSession().setLocale(Locale.GERMANY);
        navigate(ChangePasswordView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Passwort ändern");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Passwort ändern · Clientele");
        assertThat(field("Aktuelles Passwort").isRequiredIndicatorVisible()).isTrue();
        assertThat(field("Neues Passwort").getHelperText()).isEqualTo("Mindestens 10 Zeichen, mit Buchstaben und Ziffern");
        test(field("Neues Passwort")).setValue("fine-password-42");
        test(field("Neues Passwort wiederholen")).setValue("fine-password-43");
        test(find(Button.class).withText("Passwort ändern").single()).click();
        assertThat(field("Neues Passwort wiederholen").getErrorMessage())
                .isEqualTo("Die beiden neuen Passwörter sind verschieden");

        assertThat(find(Button.class).withText("Abmelden").exists()).isTrue();
        assertThat(find(Button.class).withText("Passwort").single().getTooltip().getText()).isEqualTo("Passwort ändern");
        assertThat(find(DrawerToggle.class).single().getAriaLabel()).contains("Menü");
        assertThat(find(Nav.class).single().getElement().getAttribute("aria-label")).isEqualTo("Hauptmenü");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .contains("Anbieterkonten", "Audit-Protokoll", "API-Zugang");
        assertThat(find(Span.class).withText("Clientele").exists()).as("the product's name stays").isTrue();
    }

    private void fill(String current, String fresh, String repeat) {
        test(field("Current password")).setValue(current);
        test(field("New password")).setValue(fresh);
        test(field("New password again")).setValue(repeat);
        test(find(Button.class).withText("Change password").single()).click();
    }

    private PasswordField field(String label) {
        return find(PasswordField.class).withCaption(label).single();
    }
}
