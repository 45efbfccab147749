package com.clientele.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.demo.DemoAccounts;
import com.clientele.security.FormLogin;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo provider logs in with a real browser and lands in the main layout. */
@IntegrationTest
class LoginBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;

    @Test
    void demoProviderLogsInAndSeesTheirMenu() throws Exception {
        try (BrowserSession browser = BrowserSession.open(1280, 900)) {
            browser.login("http://localhost:" + port, DemoAccounts.PROVIDER_EMAIL, DemoAccounts.PROVIDER_PASSWORD);

            browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-side-nav-item")));
            browser.screenshot("login-provider");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/customers");
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav-item")))
                    .extracting(item -> item.getText().strip())
                    .containsExactly("Customers", "Bookings", "Import", "Duplicates", "No-show rules", "Team", "Webhooks",
                            "API access");
            assertThat(browser.driver.findElement(By.cssSelector(".user-email")).getText())
                    .isEqualTo(DemoAccounts.PROVIDER_EMAIL);

            long logouts = logouts();
            browser.driver.findElement(By.cssSelector(".user-menu vaadin-button.sign-out")).click();
            browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-login-form")));
            assertThat(logouts()).as("the sign-out is audited").isEqualTo(logouts + 1);
            browser.driver.get("http://localhost:" + port + "/customers");
            browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));
        }
    }

    private long logouts() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGOUT' AND actor = ?")
                .param(DemoAccounts.PROVIDER_EMAIL).query(Long.class).single();
    }

    @Test
    void wrongPasswordShowsTheFormError() throws Exception {
        try (BrowserSession browser = BrowserSession.open(1280, 900)) {
            browser.login("http://localhost:" + port, "nobody@clientele.test", "wrong-password-1");

            browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("error"));
            browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-login-form[error]")));
            assertThat(browser.driver.getPageSource()).doesNotContainIgnoringCase("exception");
        }
    }

    @Test
    void aRefusedSignInKeepsTheEmailAndPutsTheCursorInThePasswordField() throws Exception {
        TestProvider provider = data.newProvider();
        // four failures from an address of their own, so the suite's sign-ins from 127.0.0.1 keep their limit
        FormLogin elsewhere = FormLogin.fromOwnAddress(port);
        for (int i = 1; i <= 3; i++) {
            assertThat(FormLogin.refused(elsewhere.login(provider.email(), "wrong-password-" + i))).isTrue();
        }
        try (BrowserSession browser = BrowserSession.open(1280, 900)) {
            browser.login("http://localhost:" + port, provider.email(), "wrong-password-4");

            awaitRefusal(browser);
            assertThat(typedEmail(browser)).isEqualTo(provider.email());
            assertThat(passwordHasFocus(browser)).as("the cursor waits in the password field").isTrue();
            assertThat(errorText(browser)).contains("Check your e-mail and password");

            // the fifth failure locks the account: the form says so in its one message, and keeps the e-mail
            browser.driver.findElement(By.cssSelector("vaadin-password-field[name=password] input"))
                    .sendKeys("wrong-password-5\n");
            browser.waiting(Duration.ofSeconds(30)).until(driver -> lockedUntil(provider) != null);
            awaitRefusal(browser);
            browser.screenshot("login-refused-locked");
            assertThat(typedEmail(browser)).isEqualTo(provider.email());
            assertThat(passwordHasFocus(browser)).isTrue();
            assertThat(errorText(browser)).contains("locked for 15 minutes");
        }
    }

    @Test
    void aThrottledSignInKeepsTheEmailAndSaysHowLongToWait() throws Exception {
        TestProvider provider = data.newProvider();
        FormLogin client = FormLogin.fromOwnAddress(port);
        HttpResponse<String> last = null;
        for (int i = 1; i <= 21 && (last == null || last.statusCode() != 429); i++) {
            last = client.login(provider.email(), "wrong-password-" + i);
        }
        assertThat(last.statusCode()).as("the account's limit of 20 failures").isEqualTo(429);
        String minutes = last.body().replaceAll("(?s).*url=login\\?throttled=([0-9]+).*", "$1");

        try (BrowserSession browser = BrowserSession.open(1280, 900)) {
            // the browser goes on in the session of those attempts, where the throttle left the e-mail
            String base = "http://127.0.0.1:" + port;
            browser.driver.get(base + "/actuator/health");
            browser.driver.manage().addCookie(new Cookie("JSESSIONID", client.sessionId().orElseThrow()));
            browser.driver.get(base + "/login?throttled=" + minutes);

            awaitRefusal(browser);
            assertThat(errorText(browser)).contains("Too many sign-in attempts, try again in " + minutes);
            assertThat(typedEmail(browser)).isEqualTo(provider.email());
            assertThat(passwordHasFocus(browser)).isTrue();
        }
    }

    private static void awaitRefusal(BrowserSession browser) {
        browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form[error]")));
        browser.waiting(Duration.ofSeconds(10)).until(driver -> !typedEmail(browser).isEmpty());
    }

    private static String typedEmail(BrowserSession browser) {
        WebElement field = browser.driver.findElement(By.cssSelector("vaadin-login-form vaadin-text-field[name=username]"));
        Object value = browser.driver.executeScript("return arguments[0].value", field);
        return value == null ? "" : value.toString();
    }

    /** The password field is empty and holds the page's focus (the window itself may not have it, headless). */
    private static boolean passwordHasFocus(BrowserSession browser) {
        return Boolean.TRUE.equals(browser.driver.executeScript(
                "const f = document.querySelector('vaadin-login-form vaadin-password-field[name=password]');"
                        + " return f.contains(document.activeElement) && f.value === '';"));
    }

    /** The message the form shows: its wrapper's error part, in shadow DOM. */
    private static String errorText(BrowserSession browser) {
        Object text = browser.driver.executeScript("""
                const wrapper = document.querySelector('vaadin-login-form').shadowRoot
                    .querySelector('vaadin-login-form-wrapper');
                const part = wrapper.shadowRoot.querySelector('[part=error-message]');
                return part.hidden ? '' : part.textContent;""");
        return text == null ? "" : text.toString().replaceAll("\\s+", " ").strip();
    }

    private java.time.LocalDateTime lockedUntil(TestProvider provider) {
        return jdbc.sql("SELECT locked_until FROM account WHERE email = ?").param(provider.email())
                .query(java.time.LocalDateTime.class).optional().orElse(null);
    }
}
