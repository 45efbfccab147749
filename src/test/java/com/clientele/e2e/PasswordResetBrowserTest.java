package com.clientele.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.TestData.TestProvider;
import com.clientele.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A provider who forgot the password gets back in with a real browser and the link from the mail. */
@IntegrationTest
class PasswordResetBrowserTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/reset-password\\?token=[A-Za-z0-9_-]+");

    @LocalServerPort
    int port;
    @Autowired
    TestData data;

    @Test
    void aProviderResetsTheForgottenPasswordFromTheSignInPage() throws Exception {
        TestProvider provider = data.newProvider();
        try (BrowserSession browser = BrowserSession.open(1280, 900)) {
            browser.driver.get("http://localhost:" + port + "/login");
            var forgot = browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(
                    By.linkText("Forgot password?")));
            browser.screenshot("reset-login-link");
            forgot.click();
            browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-email-field input"))).sendKeys(provider.email());
            browser.screenshot("reset-request");
            browser.driver.findElement(By.xpath("//vaadin-button[normalize-space()='Send link']")).click();
            browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".reset-card"), "If an account exists for that address"));
            browser.screenshot("reset-requested");

            String link = await().atMost(Duration.ofSeconds(20)).until(() -> linkMailedTo(provider.email()),
                    Optional::isPresent).orElseThrow();
            browser.driver.get(link);
            browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-password-field input")));
            assertThat(browser.driver.getCurrentUrl()).as("the token is taken out of the address bar")
                    .endsWith("/reset-password");
            var fields = browser.driver.findElements(By.cssSelector("vaadin-password-field input"));
            fields.get(0).sendKeys("reset-in-a-browser-5");
            fields.get(1).sendKeys("reset-in-a-browser-5");
            browser.screenshot("reset-form");
            browser.driver.findElement(By.xpath("//vaadin-button[normalize-space()='Set new password']")).click();
            browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".reset-card"), "Your password was changed"));

            browser.login("http://localhost:" + port, provider.email(), "reset-in-a-browser-5");
            browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("/customers"));

            browser.driver.get(link);
            browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".reset-card"), "This link cannot be used"));
            browser.screenshot("reset-link-used");
        }
    }

    private static Optional<String> linkMailedTo(String email) {
        return Arrays.stream(TestMailServer.server().getReceivedMessages()).filter(mail -> {
            try {
                return ((InternetAddress) mail.getAllRecipients()[0]).getAddress().equals(email);
            } catch (MessagingException e) {
                return false;
            }
        }).map(PasswordResetBrowserTest::body).map(LINK::matcher).filter(Matcher::find).map(Matcher::group).findFirst();
    }

    /** The text of a mail as its reader sees it (decoded from quoted-printable when it is not ASCII). */
    static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
