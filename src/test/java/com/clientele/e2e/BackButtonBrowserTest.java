package com.clientele.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.TestData;
import com.clientele.customer.Workspace;
import com.clientele.customer.Workspace.Fixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser's Back button undoes a user's changes to search, filter and sort one at a time (each
 * change is a history entry), shows the list as it was at each step, and never leaves the app for
 * the sign-in page.
 */
@IntegrationTest
class BackButtonBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Workspace workspace;

    @Test
    void backUndoesEachSearchFilterAndSortChangeInTheCustomersWorkspace() throws Exception {
        Fixture fixture = workspace.create();
        try (BrowserSession browser = BrowserSession.open(1400, 1000)) {
            browser.login("http://localhost:" + port, fixture.provider().email(), TestData.PASSWORD);
            browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-button.customer-name")));
            Supplier<String> state = () -> customersState(browser);
            List<String> states = new ArrayList<>();
            states.add(settled(browser, state));

            browser.driver.findElement(By.cssSelector(".customers-view .filter-search input")).sendKeys("e");
            states.add(changedTo(browser, state, states, "/customers?search=e"));
            choose(browser, ".customers-view vaadin-select", "Regular");
            states.add(changedTo(browser, state, states, "/customers?search=e&status=regular"));
            browser.driver.findElement(By.cssSelector(".customers-view .filter-search input")).sendKeys(Keys.BACK_SPACE);
            states.add(changedTo(browser, state, states, "/customers?status=regular"));
            sortBy(browser, "Name");
            states.add(changedTo(browser, state, states, "/customers?ordering=name&status=regular"));
            sortBy(browser, "Name");
            states.add(changedTo(browser, state, states, "/customers?ordering=-name&status=regular"));
            browser.screenshot("back-customers-changed");

            assertBackWalksThrough(browser, state, states);
        }
    }

    @Test
    void backUndoesEachFilterChangeInTheBookingsList() throws Exception {
        Fixture fixture = workspace.create();
        try (BrowserSession browser = BrowserSession.open(1400, 1000)) {
            browser.login("http://localhost:" + port, fixture.provider().email(), TestData.PASSWORD);
            browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-button.customer-name")));
            browser.driver.get("http://localhost:" + port + "/bookings");
            browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".bookings-view vaadin-grid-cell-content")));
            Supplier<String> state = () -> bookingsState(browser);
            List<String> states = new ArrayList<>();
            states.add(settled(browser, state));

            browser.driver.findElement(By.cssSelector(".bookings-view .filter-search input")).sendKeys("an");
            states.add(changedTo(browser, state, states, "/bookings?customer=an"));
            choose(browser, ".bookings-view vaadin-select", "Completed");
            states.add(changedTo(browser, state, states, "/bookings?status=completed&customer=an"));
            WebElement from = browser.driver.findElement(By.cssSelector(".bookings-view vaadin-date-picker input"));
            from.sendKeys("1/4/2026", Keys.ENTER);
            states.add(changedTo(browser, state, states, "/bookings?status=completed&from=2026-04-01&customer=an"));
            browser.screenshot("back-bookings-changed");

            assertBackWalksThrough(browser, state, states);
        }
    }

    /**
     * Back, once per change, shows each earlier state in turn, the last being the page as first
     * shown; one Back more goes to the sign-in page of the history, which sends a signed-in user
     * back to their start page.
     */
    private static void assertBackWalksThrough(BrowserSession browser, Supplier<String> state, List<String> states) {
        for (int i = states.size() - 2; i >= 0; i--) {
            String expected = states.get(i);
            browser.driver.navigate().back();
            browser.waiting(Duration.ofSeconds(15))
                    .withMessage(() -> "Back should show\n  " + expected + "\nbut shows\n  " + state.get() + "\nsteps:\n  "
                            + String.join("\n  ", states))
                    .until(driver -> expected.equals(state.get()));
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");
        }
        browser.driver.navigate().back();
        browser.waiting(Duration.ofSeconds(15)).until(driver -> !driver.getCurrentUrl().contains("/login")
                && !driver.findElements(By.cssSelector("vaadin-app-layout")).isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("vaadin-login-form"))).isEmpty();
    }

    /** Waits until the address is {@code pathAndQuery} and the page shows a state other than every earlier one. */
    private static String changedTo(BrowserSession browser, Supplier<String> state, List<String> earlier,
            String pathAndQuery) {
        browser.waiting(Duration.ofSeconds(15)).withMessage(() -> "expected " + pathAndQuery + ", shows " + state.get())
                .until(driver -> sameAddress(driver.getCurrentUrl(), pathAndQuery) && !earlier.contains(state.get()));
        return settled(browser, state);
    }

    /** Same path and the same parameters, in any order. */
    private static boolean sameAddress(String url, String pathAndQuery) {
        String shown = url.replaceFirst("^[a-z]+://[^/]+", "");
        return shown.split("\\?")[0].equals(pathAndQuery.split("\\?")[0]) && parameters(shown).equals(parameters(pathAndQuery));
    }

    private static java.util.Set<String> parameters(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? java.util.Set.of() : java.util.Set.of(pathAndQuery.substring(query + 1).split("&"));
    }

    /** The state once it reads the same twice, a moment apart (the grid fills in after the address changes). */
    private static String settled(BrowserSession browser, Supplier<String> state) {
        String[] last = {state.get()};
        browser.waiting(Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(400)).until(driver -> {
            String now = state.get();
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
        return last[0];
    }

    private static String customersState(BrowserSession browser) {
        return browser.driver.getCurrentUrl().replaceFirst("^.*?/customers", "/customers")
                + " | search=" + value(browser, ".customers-view .filter-search input")
                + " | status=" + value(browser, ".customers-view vaadin-select")
                + " | " + texts(browser, "vaadin-button.customer-name");
    }

    private static String bookingsState(BrowserSession browser) {
        return browser.driver.getCurrentUrl().replaceFirst("^.*?/bookings", "/bookings")
                + " | customer=" + value(browser, ".bookings-view .filter-search input")
                + " | status=" + value(browser, ".bookings-view vaadin-select")
                + " | from=" + value(browser, ".bookings-view vaadin-date-picker input")
                + " | " + texts(browser, ".bookings-view vaadin-grid-cell-content");
    }

    private static String value(BrowserSession browser, String css) {
        Object value = browser.driver.executeScript("const e = document.querySelector(arguments[0]);"
                + " return e ? String(e.value ?? '') : '?';", css);
        return String.valueOf(value);
    }

    private static String texts(BrowserSession browser, String css) {
        return String.join(", ", browser.driver.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).filter(text -> !text.isBlank()).toList());
    }

    private static void choose(BrowserSession browser, String selectCss, String item) {
        browser.driver.findElement(By.cssSelector(selectCss)).click();
        browser.waiting(Duration.ofSeconds(10)).until(driver -> driver.findElements(By.cssSelector("vaadin-select-item"))
                .stream().anyMatch(e -> e.isDisplayed() && e.getText().strip().equals(item)));
        browser.driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().strip().equals(item)).findFirst().orElseThrow().click();
    }

    private static void sortBy(BrowserSession browser, String header) {
        browser.driver.findElements(By.cssSelector("vaadin-grid-sorter")).stream()
                .filter(e -> e.isDisplayed() && e.getText().strip().equals(header)).findFirst()
                .orElseThrow(() -> new AssertionError("no sortable column " + header)).click();
    }
}
