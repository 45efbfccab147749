package com.clientele.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.Language;
import com.clientele.provider.AccountPreferences;
import com.clientele.security.RunAs;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBarTester;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every member picks their language in the top bar; it is kept on their account (SPEC §16). */
@IntegrationTest
class LanguageMenuTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    AccountPreferences preferences;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void providerSwitchesToGermanAndItIsStoredAndAppliedAtOnce() {
        TestProvider provider = data.newProvider();
        data.login(provider.email());
        navigate(ChangePasswordView.class);
        LanguageMenu menu = $(LanguageMenu.class).single();
        assertThat(new MenuBarTester<>(menu).isItemChecked(0, 0)).as("English ticked before any choice").isTrue();
        assertThat(menu.getItems().getFirst().getAriaLabel()).contains("Language: English");

        new MenuBarTester<>(menu).clickItem(0, Language.GERMAN.ordinal());

        assertThat(jdbc.sql("SELECT language FROM account WHERE email = ?").param(provider.email())
                .query(String.class).single()).isEqualTo("de");
        assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(Locale.GERMANY);
        assertThat(UI.getCurrent().getTranslation("language.menu")).isEqualTo("Sprache");
    }

    @Test
    void aMembersLanguageIsTheirOwnAndUnknownCodesReadAsEnglish() {
        TestProvider german = data.newProvider();
        TestProvider other = data.newProvider();
        runAs.run(german.email(), () -> preferences.changeOwnLanguage(Language.FRENCH));

        assertThat(runAs.call(german.email(), preferences::ownLanguage)).contains(Language.FRENCH);
        assertThat(runAs.call(other.email(), preferences::ownLanguage)).as("not chosen: the browser's").isEmpty();
        assertThat(Language.find("de-AT")).contains(Language.GERMAN);
        assertThat(Language.find("xx")).isEmpty();
        assertThat(Language.of(Locale.JAPAN)).isEqualTo(Language.ENGLISH);
    }
}
