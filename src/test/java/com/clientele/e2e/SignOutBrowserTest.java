package com.clientele.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.booking.BookingService;
import com.clientele.booking.BookingStatus;
import com.clientele.booking.NewBooking;
import com.clientele.customer.CustomerContact;
import com.clientele.customer.Workspace;
import com.clientele.customer.Workspace.Fixture;
import com.clientele.demo.DemoAccounts;
import com.clientele.provider.ProviderAccountService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page left open by a provider whose business an admin disables goes to the sign-in page by
 * itself: the redirect travels over push before the session ends (docs/security.md).
 */
@IntegrationTest
class SignOutBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Workspace workspace;
    @Autowired
    TestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    ProviderAccountService providerAccounts;

    @AfterEach
    void logout() {
        data.logout();
    }

    @Test
    void anOpenPageGoesToTheSignInPageWhenTheBusinessIsDisabled() throws Exception {
        Fixture fixture = workspace.create();
        try (BrowserSession browser = BrowserSession.open(1280, 900)) {
            browser.login("http://localhost:" + port, fixture.provider().email(), TestData.PASSWORD);
            browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-button.customer-name")));
            // the page hears the server (push is up): a new customer appears by itself
            data.as(fixture.provider(), () -> bookings.create(NewBooking.forNewCustomer(
                    new CustomerContact("Pushed Along", null, null), "Cut", Instant.now().plusSeconds(3_600), 30,
                    BigDecimal.TEN, BookingStatus.CONFIRMED)));
            browser.waiting(Duration.ofSeconds(15)).until(driver -> driver.findElements(
                    By.cssSelector("vaadin-button.customer-name")).stream().map(WebElement::getText)
                    .anyMatch("Pushed Along"::equals));

            data.login(DemoAccounts.ADMIN_EMAIL);
            providerAccounts.disableBusiness(fixture.provider().id());

            browser.waiting(Duration.ofSeconds(10)).withMessage("the open page should go to the sign-in page")
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
            assertThat(browser.driver.getCurrentUrl()).contains("/login");
            browser.screenshot("signed-out-by-disable");
        }
    }
}
