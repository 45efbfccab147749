package com.clientele.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The sign-in page reads in the visitor's language before anyone is signed in: Vaadin gives the
 * session the browser's language when it is one of ours, and every text of the login form comes
 * from the bundles, none from Vaadin's English defaults.
 */
@IntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void theFormSpeaksEnglishWithTheProductsOwnWords() {
        openSignInPage(Locale.UK);

        JsonNode texts = i18n();
        assertThat(texts.at("/form/title").asString()).isEqualTo("Clientele");
        assertThat(texts.at("/form/username").asString()).isEqualTo("E-mail");
        assertThat(texts.at("/form/password").asString()).isEqualTo("Password");
        assertThat(texts.at("/form/submit").asString()).as("not Vaadin's \"Log in\"").isEqualTo("Sign in");
        assertThat(texts.at("/errorMessage/title").asString()).isEqualTo("Could not sign in");
        assertThat(texts.at("/errorMessage/username").asString()).isEqualTo("Enter your e-mail address");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Sign in · Clientele");
    }

    @Test
    void aGermanBrowserGetsTheWholeFormInGerman() {
        openSignInPage(Locale.GERMANY);

        JsonNode texts = i18n();
        assertThat(texts.at("/form/title").asString()).as("the product's name").isEqualTo("Clientele");
        assertThat(texts.at("/form/username").asString()).isEqualTo("E-Mail");
        assertThat(texts.at("/form/password").asString()).isEqualTo("Passwort");
        assertThat(texts.at("/form/submit").asString()).isEqualTo("Anmelden");
        assertThat(texts.at("/form/forgotPassword").asString()).isEqualTo("Passwort vergessen?");
        assertThat(texts.at("/errorMessage/title").asString()).isEqualTo("Anmeldung nicht möglich");
        assertThat(texts.at("/errorMessage/message").asString())
                .isEqualTo("Prüfen Sie Ihre E-Mail-Adresse und Ihr Passwort. Nach 5 Fehlversuchen wird das Konto "
                        + "für 15 Minuten gesperrt.");
        assertThat(texts.at("/errorMessage/username").asString()).isEqualTo("Geben Sie Ihre E-Mail-Adresse ein");
        assertThat(texts.at("/errorMessage/password").asString()).isEqualTo("Geben Sie Ihr Passwort ein");
        assertThat(find(RouterLink.class).withText("Passwort vergessen?").exists()).isTrue();
        assertThat(((LoginView) getCurrentView()).getChildren().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .map(Paragraph::getText)).as("the notice, hidden while sign-in is open")
                .containsExactly("Demodaten werden vorbereitet … Die Anmeldung öffnet sich von selbst, sobald sie "
                        + "bereit ist.");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Anmelden · Clientele");
    }

    @Test
    void theThrottleMessageCountsTheMinutesInTheVisitorsLanguage() {
        openSignInPage(Locale.GERMANY);

        UI.getCurrent().navigate("login", QueryParameters.of("throttled", "3"));
        assertThat(find(LoginForm.class).single().isError()).isTrue();
        assertThat(i18n().at("/errorMessage/title").asString()).isEqualTo("Zu viele Anmeldeversuche");
        assertThat(i18n().at("/errorMessage/message").asString())
                .isEqualTo("Zu viele Anmeldeversuche, versuchen Sie es in 3 Minuten wieder.");

        UI.getCurrent().navigate("login", QueryParameters.of("throttled", "1"));
        assertThat(i18n().at("/errorMessage/message").asString())
                .isEqualTo("Zu viele Anmeldeversuche, versuchen Sie es in 1 Minute wieder.");

        UI.getCurrent().getSession().setLocale(Locale.UK);
        UI.getCurrent().navigate("login", QueryParameters.of("throttled", "2"));
        assertThat(i18n().at("/errorMessage/message").asString())
                .isEqualTo("Too many sign-in attempts, try again in 2 minutes.");
    }

    /**
     * A sign-in page made in this language, as a new browser session gets it: the test's UI has
     * shown the page once already, and the router reuses that page for the same route.
     */
    private void openSignInPage(Locale browser) {
        UI.getCurrent().getSession().setLocale(browser);
        navigate(ForgotPasswordView.class);
        navigate(LoginView.class);
    }

    private JsonNode i18n() {
        return (JsonNode) find(LoginForm.class).single().getElement().getPropertyRaw("i18n");
    }
}
