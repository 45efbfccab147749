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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The customers workspace in a real browser: search, details, CSV download and live updates. */
@IntegrationTest
class CustomersBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Workspace workspace;
    @Autowired
    TestData data;
    @Autowired
    BookingService bookings;

    @Test
    void providerSearchesOpensDetailsDownloadsTheCsvAndSeesLiveUpdates() throws Exception {
        Fixture fixture = workspace.create();
        try (BrowserSession browser = BrowserSession.open(1400, 1000)) {
            var wait = browser.waiting(Duration.ofSeconds(30));
            browser.login("http://localhost:" + port, fixture.provider().email(), TestData.PASSWORD);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button.customer-name")));
            assertThat(statValue(browser, 0)).isEqualTo("7");

            WebElement search = browser.driver.findElement(By.cssSelector(".filter-search input"));
            search.sendKeys("anna");
            wait.until(driver -> customerNames(browser).equals(List.of("Anna Regular")));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/customers?search=anna");

            displayed(browser, "vaadin-button.customer-name").click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".customer-overview .pair-value")));
            browser.screenshot("customer-details");
            assertThat(browser.driver.findElements(By.cssSelector(".pair-value"))).extracting(WebElement::getText)
                    .contains("+44 20 7946 0001", "Regular", "£100.00");
            displayed(browser, "vaadin-button[aria-label=Close]").click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".customer-overview")));

            // the row's actions: one menu for the grid, opened by a click on the row
            displayed(browser, "vaadin-button[aria-label='Actions for Anna Regular']").click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-context-menu[opened]")));
            browser.screenshot("customer-row-menu");
            browser.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-context-menu[opened]")));

            browser.driver.findElement(By.cssSelector("a.export-link")).click();
            Path csv = waitForDownload(browser.downloads);
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertThat(csv.getFileName().toString()).matches("customers-\\d{4}-\\d{2}-\\d{2}\\.csv");
            assertThat(lines).hasSize(2);
            assertThat(lines.getFirst()).as("UTF-8 BOM, quoted header").startsWith("\uFEFF\"customer_id\",");
            assertThat(lines.get(1)).startsWith("\"" + fixture.customer("Anna") + "\",\"Anna Regular\",");

            data.as(fixture.provider(), () -> bookings.create(NewBooking.forNewCustomer(
                    new CustomerContact("Anna Second", null, null), "Cut", Instant.now().plusSeconds(3_600), 30,
                    BigDecimal.TEN, BookingStatus.CONFIRMED)));
            browser.waiting(Duration.ofSeconds(2)).until(driver -> "8".equals(statValue(browser, 0)));
            // a booking still to come is no visit: the new customer comes after Anna in "last visit, newest first"
            wait.until(driver -> customerNames(browser).equals(List.of("Anna Regular", "Anna Second")));
            browser.screenshot("customers-live-update");
        }
    }

    private static WebElement displayed(BrowserSession browser, String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("nothing visible matches " + css));
    }

    private static String statValue(BrowserSession browser, int index) {
        List<WebElement> values = browser.driver.findElements(By.cssSelector(".stat-value"));
        return values.size() > index ? values.get(index).getText() : "";
    }

    private static List<String> customerNames(BrowserSession browser) {
        return browser.driver.findElements(By.cssSelector("vaadin-button.customer-name")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    private static Path waitForDownload(Path dir) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            try (Stream<Path> files = Files.list(dir)) {
                var done = files.filter(f -> f.toString().endsWith(".csv")).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no CSV was downloaded");
    }
}
