package com.clientele.provider.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestMember;
import com.clientele.TestData.TestProvider;
import com.clientele.base.Sql;
import com.clientele.base.ui.GridFit;
import com.clientele.demo.DemoAccounts;
import com.clientele.provider.AccountStatus;
import com.clientele.provider.ProviderDirectory;
import com.clientele.provider.TeamRole;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The admin's provider accounts screen, one test per use case. */
@IntegrationTest
class ProvidersViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    ProviderDirectory directory;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void openAsAdmin() {
        data.login(DemoAccounts.ADMIN_EMAIL);
        navigate(ProvidersView.class);
    }

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void columnsFitTheWindowWithoutSidewaysScrolling() {
        ProviderGrid grid = grid();

        GridFit.assertFitsEveryWindow(grid, grid::fitWidth);

        grid.fitWidth(1440);
        assertThat(GridFit.visibleKeys(grid)).containsExactly("businessName", "email", "customers", "members",
                "bookings", "lastLoginAt", "status", "actions");
        grid.fitWidth(390);
        assertThat(GridFit.visibleKeys(grid)).containsExactly("businessName", "status", "actions");
    }

    @Test
    void adminCreatesAProviderWithAGeneratedPasswordShownOnce() {
        String email = "created-" + System.nanoTime() + "@example.com";

        test(find(Button.class).withText("New provider").single()).click();
        assertThat(find(ComboBox.class).withCaption("Country (for phone numbers)").single().getValue())
                .as("a default from the browser (no country in its language here: the documented GB)").isNotNull();
        assertThat(find(ComboBox.class).withCaption("Currency").single().getValue()).as("with its currency")
                .isEqualTo(ProviderChoices.currencyOf((String) find(ComboBox.class)
                        .withCaption("Country (for phone numbers)").single().getValue()).orElseThrow());
        assertThat(find(ComboBox.class).withCaption("Time zone").single().getValue()).isNotNull();
        assertThat(ProviderChoices.currencies()).as("only current currencies").contains("EUR", "GBP", "AFN")
                .doesNotContain("AFA", "DEM", "XAU");
        fillForm("Fresh Cuts", email, "Europe/Dublin", "IE");
        assertThat(find(ComboBox.class).withCaption("Currency").single().getValue())
                .as("the country's currency is suggested").isEqualTo("EUR");
        test(find(Button.class).withText("Create provider").single()).click();

        assertThat(toast()).isEqualTo("Fresh Cuts created");
        String shown = find(TextField.class).withCaption("Password").single().getValue();
        assertThat(passwordEncoder.matches(shown, users.loadUserByUsername(email).getPassword())).isTrue();
        assertThat(directory.findLogin(email).orElseThrow().passwordChangeRequired()).isTrue();
        test(find(Button.class).withText("Done").single()).click();
        assertThat(find(TextField.class).withCaption("Password").all()).as("shown once, then gone").isEmpty();

        search(email);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(businessName(0)).isEqualTo("Fresh Cuts");
        assertThat(owners(0)).as("its first owner is named after the business").isEqualTo("Owner: Fresh Cuts");
        assertThat(status(0)).isEqualTo("Enabled");
    }

    @Test
    void duplicateEmailIsRefusedOnTheEmailFieldAndNothingIsCreated() {
        TestProvider existing = data.newProvider();
        data.login(DemoAccounts.ADMIN_EMAIL);
        long before = providerCount();

        test(find(Button.class).withText("New provider").single()).click();
        fillForm("Copycat Salon", existing.email().toUpperCase(), "Europe/London", "GB");
        test(find(Checkbox.class).withCaption("Generate a password").single()).click();
        test(find(PasswordField.class).withCaption("Initial password").single()).setValue("weak");
        test(find(Button.class).withText("Create provider").single()).click();

        EmailField email = find(EmailField.class).withCaption("E-mail (sign-in)").single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("An account with this e-mail already exists");
        PasswordField password = find(PasswordField.class).withCaption("Initial password").single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).startsWith("At least 10 characters");
        assertThat(find(Button.class).withText("Create provider").single().isAttached()).as("the dialog stays open")
                .isTrue();
        assertThat(providerCount()).isEqualTo(before);
    }

    @Test
    void adminDisablesAProviderAfterConfirmingAndEnablesItAgain() {
        TestProvider provider = data.newProvider();
        TestMember staff = data.newMember(provider, TeamRole.STAFF);
        data.login(DemoAccounts.ADMIN_EMAIL);
        search(provider.email());

        rowAction("Disable");
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(toast()).endsWith("disabled; their open sessions were ended");
        assertThat(status(0)).isEqualTo("Disabled");
        assertThat(directory.isEnabled(data.accountId(provider.email()))).isFalse();
        assertThat(directory.isEnabled(data.accountId(staff.email()))).as("every member of the business").isFalse();

        rowAction("Enable");
        assertThat(status(0)).isEqualTo("Enabled");
        assertThat(directory.isEnabled(data.accountId(provider.email()))).isTrue();
        assertThat(directory.isEnabled(data.accountId(staff.email()))).isTrue();
    }

    @Test
    void adminResetsAPasswordAndSeesTheNewOneOnce() {
        TestProvider provider = data.newProvider();
        data.login(DemoAccounts.ADMIN_EMAIL);
        search(provider.email());

        rowAction("Reset password");
        test(find(ConfirmDialog.class).single()).confirm();

        String shown = find(TextField.class).withCaption("Password").single().getValue();
        assertThat(passwordEncoder.matches(shown, users.loadUserByUsername(provider.email()).getPassword())).isTrue();
        assertThat(directory.findLogin(provider.email()).orElseThrow().passwordChangeRequired()).isTrue();
    }

    @Test
    void adminUnlocksALockedOutProvider() {
        TestProvider provider = data.newProvider();
        for (int i = 0; i < 5; i++) {
            directory.recordFailedLogin(provider.email());
        }
        data.login(DemoAccounts.ADMIN_EMAIL);
        search(provider.email());
        find(Select.class).single().setValue(AccountStatus.LOCKED);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(status(0)).isEqualTo("Locked");

        rowAction("Unlock");

        assertThat(toast()).endsWith("unlocked");
        assertThat(test(grid()).size()).as("no longer locked").isZero();
        assertThat(users.loadUserByUsername(provider.email()).isAccountNonLocked()).isTrue();
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'ACCOUNT_UNLOCKED' AND target = ?")
                .param(provider.email()).query(String.class).single()).isEqualTo(DemoAccounts.ADMIN_EMAIL);
    }

    @Test
    void theMembersColumnCountsTheTeamAndTheOwnersStandUnderTheBusinessName() {
        TestProvider provider = data.newProvider();
        TestMember second = data.newMember(provider, TeamRole.OWNER);
        data.newMember(provider, TeamRole.FRONT_DESK);
        data.disableAccount(data.newMember(provider, TeamRole.OWNER));
        data.login(DemoAccounts.ADMIN_EMAIL);
        search(provider.email());

        assertThat(grid().getColumnByKey("members").getHeaderText()).isEqualTo("Members");
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("members"))).isEqualTo("4");
        String businessName = businessName(0);
        String secondName = jdbc.sql("SELECT name FROM member WHERE id = ?").param(second.memberId())
                .query(String.class).single();
        assertThat(owners(0)).as("the enabled owners by name").isEqualTo("Owners: " + secondName + ", " + businessName);
        grid().fitWidth(390);
        assertThat(GridFit.visibleKeys(grid())).as("the owners stay on a phone, under the name")
                .contains("businessName").doesNotContain("members");
    }

    @Test
    void adminEditsAProvidersBusinessName() {
        TestProvider provider = data.newProvider();
        data.login(DemoAccounts.ADMIN_EMAIL);
        search(provider.email());

        rowAction("Edit");
        test(find(TextField.class).withCaption("Business name").single()).setValue("Edited <b>Studio</b>");
        test(find(Button.class).withText("Save changes").single()).click();

        assertThat(toast()).isEqualTo("Edited <b>Studio</b> saved");
        assertThat(businessName(0)).as("shown as text").isEqualTo("Edited <b>Studio</b>");
    }

    @Test
    void anAdminReadingGermanSeesTheAccountsInGermanWithGermanDates() {
        TestProvider provider = data.newProvider();
        jdbc.sql("UPDATE account SET last_login_at = ? WHERE email = ?")
                .params(Sql.param(Instant.parse("2026-12-01T12:00:00Z")), provider.email()).update();
        data.login(DemoAccounts.ADMIN_EMAIL);
        UI.getCurrent().getSession().setLocale(Locale.GERMANY);

        navigate(ProvidersView.class);
        test(find(TextField.class).withAriaLabel("Anbieter suchen").single()).setValue(provider.email());

        assertThat(find(H1.class).single().getText()).isEqualTo("Anbieterkonten");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Anbieterkonten · Clientele");
        assertThat(status(0)).isEqualTo("Aktiv");
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("lastLoginAt")))
                .as("dd.MM.yyyy, HH:mm in the browser's zone (UTC here)").isEqualTo("01.12.2026, 12:00");
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("customers"))).isEqualTo("0");

        rowAction("Deaktivieren");
        var confirm = test(find(ConfirmDialog.class).single());
        assertThat(confirm.getHeader()).endsWith("deaktivieren?");
        assertThat(confirm.getText()).startsWith("Kein Mitglied des Unternehmens kann sich dann noch anmelden");
        confirm.confirm();
        assertThat(toast()).endsWith("deaktiviert; offene Sitzungen wurden beendet");
        assertThat(status(0)).isEqualTo("Deaktiviert");

        test(find(Button.class).withText("Neuer Anbieter").single()).click();
        assertThat(find(Button.class).withText("Anbieter anlegen").exists()).isTrue();
        assertThat(combo("Land (für Telefonnummern)").getItemLabelGenerator().apply("DE"))
                .isEqualTo("Deutschland (DE)");
        assertThat(combo("Währung").getItemLabelGenerator().apply("EUR")).isEqualTo("EUR · Euro");
        test(find(Checkbox.class).withCaption("Passwort erzeugen").single()).click();
        assertThat(find(PasswordField.class).withCaption("Startpasswort").single().getHelperText())
                .isEqualTo("Mindestens 10 Zeichen, mit Buchstaben und Ziffern");
    }

    private void fillForm(String businessName, String email, String zone, String country) {
        test(find(TextField.class).withCaption("Business name").single()).setValue(businessName);
        test(find(EmailField.class).withCaption("E-mail (sign-in)").single()).setValue(email);
        test(combo("Time zone")).selectItem(ProviderChoices.timeZoneLabel(zone));
        test(combo("Country (for phone numbers)")).selectItem(ProviderChoices.countryLabel(country, Locale.UK));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> combo(String caption) {
        return find(ComboBox.class).withCaption(caption).single();
    }

    private ProviderGrid grid() {
        return find(ProviderGrid.class).single();
    }

    private void search(String text) {
        test(find(TextField.class).withAriaLabel("Search providers").single()).setValue(text);
    }

    private Div businessCell(int row) {
        return (Div) test(grid()).getCellComponent(row, "businessName");
    }

    private String businessName(int row) {
        return ((Span) businessCell(row).getComponentAt(0)).getText();
    }

    private String owners(int row) {
        return ((Span) businessCell(row).getComponentAt(1)).getText();
    }

    private String status(int row) {
        return ((Badge) test(grid()).getCellComponent(row, "status")).getText();
    }

    private void rowAction(String action) {
        MenuBar menu = (MenuBar) test(grid()).getCellComponent(0, "actions");
        test(MenuBarTester.class, menu).clickItem("", action);
    }

    private String toast() {
        return test(find(Notification.class).last()).getText();
    }

    private long providerCount() {
        return jdbc.sql("SELECT COUNT(*) FROM provider").query(Long.class).single();
    }
}
