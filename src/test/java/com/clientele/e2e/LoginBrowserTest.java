package com.clientele.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.demo.DemoAccounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
                    .containsExactly("Customers", "Bookings", "Import", "API access");
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
}
