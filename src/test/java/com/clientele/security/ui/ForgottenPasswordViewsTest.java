package com.clientele.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.base.Language;
import com.clientele.provider.PasswordResetRequested;
import com.clientele.provider.PasswordResets;
import com.clientele.provider.ResetLink;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The forgotten-password pages as an anonymous visitor uses them. */
@IntegrationTest
class ForgottenPasswordViewsTest extends SpringBrowserlessTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    TestData data;
    @Autowired
    PasswordResets resets;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        data.logout();
    }

    @Test
    void theSignInPageLinksToTheRequestPage() {
        navigate(LoginView.class);

        RouterLink forgot = find(RouterLink.class).withText("Forgot password?").single();
        assertThat(forgot.getHref()).isEqualTo("forgot-password");
        test(forgot).click();
        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);
    }

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswer() {
        TestProvider provider = data.newProvider();

        String known = answerTo(provider.email());
        String unknown = answerTo("nobody-" + System.nanoTime() + "@reset.example");

        assertThat(known).isEqualTo(unknown).startsWith("If an account exists for that address, we sent a link");
        assertThat(find(RouterLink.class).withText("Back to sign-in").exists()).isTrue();
    }

    @Test
    void aMistypedAddressIsNamedOnTheField() {
        navigate(ForgotPasswordView.class);
        fromNewAddress();
        test(find(EmailField.class).single()).setValue("not-an-address");
        test(find(Button.class).withText("Send link").single()).click();

        EmailField email = find(EmailField.class).single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter a valid e-mail address, like name@example.com");
    }

    @Test
    void tooManyRequestsSayHowLongToWait() {
        String email = "often-" + System.nanoTime() + "@reset.example";
        String answer = null;
        for (int i = 0; i < 20 && answer == null; i++) {
            navigate(LoginView.class); // a fresh request page each time
            navigate(ForgotPasswordView.class);
            fromNewAddress();
            test(find(EmailField.class).single()).setValue(email);
            test(find(Button.class).withText("Send link").single()).click();
            EmailField field = find(EmailField.class).exists() ? find(EmailField.class).single() : null;
            if (field != null && field.isInvalid()) {
                answer = field.getErrorMessage();
            }
        }
        assertThat(answer).matches("Too many requests, try again in \\d+ minutes?\\.");
    }

    @Test
    void anUnknownTokenGetsOneMessageAndALinkToAskAgain() {
        openLink("not-a-real-token");

        assertThat(find(H1.class).single().getText()).isEqualTo("Link not valid");
        assertThat(find(Paragraph.class).single().getText()).startsWith("This link cannot be used");
        assertThat(find(PasswordField.class).exists()).as("no form").isFalse();
        RouterLink again = find(RouterLink.class).withText("Request a new link").single();
        assertThat(again.getHref()).isEqualTo("forgot-password");
    }

    @Test
    void aVisitorSetsANewPasswordWithTheLinkOnce() {
        TestProvider provider = data.newProvider();
        String token = link(provider.email());
        openLink(token);

        fill("new-password-by-link-3", "new-password-by-link-4");
        assertThat(find(PasswordField.class).withCaption("New password again").single().getErrorMessage())
                .isEqualTo("The two new passwords differ");
        fill("short", "short");
        assertThat(find(PasswordField.class).withCaption("New password").single().getErrorMessage())
                .startsWith("At least 10 characters");
        fill("new-password-by-link-3", "new-password-by-link-3");

        assertThat(find(H1.class).single().getText()).isEqualTo("Password changed");
        assertThat(find(RouterLink.class).withText("Sign in").exists()).isTrue();
        assertThat(passwordEncoder.matches("new-password-by-link-3",
                users.loadUserByUsername(provider.email()).getPassword())).isTrue();

        openLink(token);
        assertThat(find(H1.class).single().getText()).as("the second visit").isEqualTo("Link not valid");
    }

    private String answerTo(String email) {
        navigate(LoginView.class); // a fresh request page each time
        navigate(ForgotPasswordView.class);
        fromNewAddress();
        test(find(EmailField.class).single()).setValue(email);
        test(find(Button.class).withText("Send link").single()).click();
        assertThat(find(H1.class).single().getText()).isEqualTo("Check your e-mail");
        return find(Paragraph.class).single().getText();
    }

    private void openLink(String token) {
        UI.getCurrent().navigate(ResetLink.ROUTE, QueryParameters.of(ResetLink.TOKEN_PARAMETER, token));
        assertThat(getCurrentView()).isInstanceOf(ResetPasswordView.class);
    }

    private void fill(String password, String again) {
        test(find(PasswordField.class).withCaption("New password").single()).setValue(password);
        test(find(PasswordField.class).withCaption("New password again").single()).setValue(again);
        test(find(Button.class).withText("Set new password").single()).click();
    }

    /** A link as the mail would carry it, made directly: this test is about the page, not the mail. */
    private String link(String email) {
        return resets.issue(new PasswordResetRequested(email, Language.ENGLISH,
                Instant.now().truncatedTo(ChronoUnit.MICROS)))
                .orElseThrow().token();
    }

    private static void fromNewAddress() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        int n = ADDRESSES.incrementAndGet();
        request.setRemoteAddr("10.78." + (n / 250) + "." + (1 + n % 250));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
