package com.clientele.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.clientele.IntegrationTest;
import com.clientele.demo.DemoAccounts;
import com.clientele.e2e.AxeCheck.Finding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of the app for every demo role, at a desktop and a phone width, checked by axe-core;
 * and the keyboard path from the top of a page: skip links first, the customer search two Tabs away.
 */
@IntegrationTest
class AccessibilityBrowserTest {

    private static final List<Dimension> SIZES = List.of(new Dimension(1440, 900), new Dimension(390, 844));
    /**
     * Rules held to zero whatever impact axe gives them: content outside landmarks and empty table
     * headers were found before, and each page has one main landmark.
     */
    private static final Set<String> HELD_TO_ZERO = Set.of("region", "empty-table-header", "landmark-one-main");
    /**
     * Findings inside Vaadin's own components, which server-side code cannot change, with the reason
     * each is accepted. Each must still show up in the run that passes through it, so an entry that a
     * Vaadin upgrade makes needless fails the test and is removed.
     */
    private static final Map<String, String> KNOWN = Map.of();

    @LocalServerPort
    int port;

    @Test
    void signInPagesHaveNoSeriousFindings() throws Exception {
        List<Finding> findings = new ArrayList<>();
        try (BrowserSession browser = BrowserSession.open(1440, 900)) {
            for (Dimension size : SIZES) {
                browser.driver.manage().window().setSize(size);
                // sign-in, the forgotten-password request, and a reset link that is not (or no longer) valid
                for (String page : List.of("login", "forgot-password", "reset-password?token=not-a-token")) {
                    browser.driver.get(base() + "/" + page);
                    browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("vaadin-login-form, h1")));
                    settle(browser);
                    findings.addAll(AxeCheck.run(browser.driver, page + " at " + size.width + " px"));
                }
            }
        }
        assertClean(findings, false);
    }

    @Test
    void providerPagesHaveNoSeriousFindings() throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (Dimension size : SIZES) {
            try (BrowserSession browser = signedIn(size, DemoAccounts.PROVIDER_EMAIL, DemoAccounts.PROVIDER_PASSWORD)) {
                for (String page : List.of("customers", "bookings", "import", "api-access", "account/password",
                        "admin/providers")) {
                    findings.addAll(scan(browser, page, size));
                }
                browser.driver.get(base() + "/customers");
                settle(browser);
                findings.addAll(scanDetailsDialog(browser, size));
                browser.screenshot("a11y-customers-details-" + size.width);
            }
        }
        assertClean(findings, true);
    }

    @Test
    void adminPagesHaveNoSeriousFindings() throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (Dimension size : SIZES) {
            try (BrowserSession browser = signedIn(size, DemoAccounts.ADMIN_EMAIL, DemoAccounts.ADMIN_PASSWORD)) {
                for (String page : List.of("admin/providers", "admin/audit", "api-access", "account/password",
                        "customers")) {
                    findings.addAll(scan(browser, page, size));
                }
            }
        }
        assertClean(findings, false);
    }

    @Test
    void firstTabShowsTheSkipLinkWhichMovesTheFocusToTheView() throws Exception {
        try (BrowserSession browser = signedIn(new Dimension(1440, 900), DemoAccounts.PROVIDER_EMAIL,
                DemoAccounts.PROVIDER_PASSWORD)) {
            for (String page : List.of("customers", "bookings", "api-access")) {
                browser.driver.get(base() + "/" + page);
                settle(browser);
                WebElement skip = browser.driver.findElement(By.cssSelector(".skip-link"));
                assertThat(skip.getRect().getWidth()).as("hidden until focused on " + page).isLessThanOrEqualTo(1);

                tab(browser);
                WebElement focused = browser.driver.switchTo().activeElement();
                assertThat(focused.getText()).as("first Tab on " + page).isEqualTo("Skip to content");
                assertThat(focused.getRect().getWidth()).as("shown while focused").isGreaterThan(50);
                assertThat(focused.getRect().getY()).as("at the top of the page").isBetween(0, 60);
                if (page.equals("customers")) {
                    browser.screenshot("a11y-skip-link-1440");
                }

                new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
                browser.waiting(Duration.ofSeconds(5)).until(driver -> "MAIN".equals(activeTag(browser)));
                tab(browser);
                assertThat(isInsideMain(browser)).as("after the skip link, Tab goes on in the view of " + page)
                        .isTrue();
            }
        }
    }

    @Test
    void customerSearchIsTwoTabsAndAnEnterFromTheTop() throws Exception {
        try (BrowserSession browser = signedIn(new Dimension(1440, 900), DemoAccounts.PROVIDER_EMAIL,
                DemoAccounts.PROVIDER_PASSWORD)) {
            browser.driver.get(base() + "/customers");
            settle(browser);
            tab(browser);
            tab(browser);
            WebElement focused = browser.driver.switchTo().activeElement();
            assertThat(focused.getText()).isEqualTo("Skip to customer search");
            new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            browser.waiting(Duration.ofSeconds(5)).until(driver -> searchHasFocus(browser));

            // without the skip links: how far the search is by Tab alone, in visual order
            browser.driver.get(base() + "/customers");
            settle(browser);
            int presses = 0;
            while (!searchHasFocus(browser) && presses < 80) {
                tab(browser);
                presses++;
            }
            System.out.println("Tab presses to the customer search: 2 and Enter with the skip link, " + presses
                    + " by Tab alone");
            assertThat(presses).as("the search is reached by Tab alone too").isLessThan(80);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private BrowserSession signedIn(Dimension size, String email, String password) throws Exception {
        BrowserSession browser = BrowserSession.open(size.width, size.height);
        browser.driver.manage().window().setSize(size);
        browser.login(base(), email, password);
        browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-side-nav-item")));
        return browser;
    }

    private List<Finding> scan(BrowserSession browser, String page, Dimension size) throws Exception {
        browser.driver.get(base() + "/" + page);
        // the view inside the layout (whether it is a main landmark is axe's to say)
        browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-app-layout > :not([slot])")));
        settle(browser);
        browser.screenshot("a11y-" + browser.driver.getTitle().replaceAll("\\W+", "-") + size.width);
        return AxeCheck.run(browser.driver, page + " at " + size.width + " px");
    }

    /** The customer details dialog, each of its tabs in turn. */
    private List<Finding> scanDetailsDialog(BrowserSession browser, Dimension size) {
        WebElement customer = browser.driver.findElements(By.cssSelector("vaadin-button.customer-name")).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("no customer to open"));
        // on a phone the list starts below the stats and the recent activity: bring the name into view first
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", customer);
        customer.click();
        browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".customer-overview")));
        List<Finding> findings = new ArrayList<>();
        List<WebElement> tabs = browser.driver.findElements(By.cssSelector(
                "vaadin-dialog-overlay .section-button, vaadin-dialog .section-button"));
        assertThat(tabs).as("the details dialog's sections").hasSize(5);
        for (WebElement tab : tabs) {
            String name = tab.getText();
            // on a phone the tabs scroll sideways: bring each into view before the click
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({inline: 'center'})", tab);
            tab.click();
            settle(browser);
            findings.addAll(AxeCheck.run(browser.driver, "customer details, " + name + ", at " + size.width + " px"));
        }
        return findings;
    }

    /** Waits until Flow has no request in flight and no grid is loading. */
    private static void settle(BrowserSession browser) {
        browser.waiting(Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("""
                        const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                        return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive())
                            && !document.querySelector('vaadin-grid[loading]');""")));
    }

    private static void tab(BrowserSession browser) {
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    }

    private static String activeTag(BrowserSession browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver).executeScript(
                "return document.activeElement ? document.activeElement.tagName : ''"));
    }

    private static boolean isInsideMain(BrowserSession browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver).executeScript("""
                const a = document.activeElement;
                return !!a && a.tagName !== 'MAIN' && !!a.closest('main');"""));
    }

    private static boolean searchHasFocus(BrowserSession browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver).executeScript("""
                const a = document.activeElement;
                return !!a && a.tagName === 'INPUT' && !!a.closest('.filter-search');"""));
    }

    /**
     * Fails on any serious or critical finding and on any finding of a rule held to zero, printing
     * each with its rule, impact and element; prints the lesser findings as well.
     */
    private static void assertClean(List<Finding> findings, boolean passesThroughKnown) {
        List<Finding> known = findings.stream().filter(f -> KNOWN.containsKey(f.rule() + " " + f.target())).toList();
        List<Finding> failing = findings.stream().filter(f -> !known.contains(f))
                .filter(f -> f.seriousOrCritical() || HELD_TO_ZERO.contains(f.rule())).toList();
        // the lesser ones once per rule and element, with the pages they were seen on
        findings.stream().filter(f -> !known.contains(f) && !failing.contains(f))
                .collect(Collectors.groupingBy(f -> f.rule() + " (" + f.impact() + ") at " + f.target(),
                        TreeMap::new, Collectors.counting()))
                .forEach((what, pages) -> System.out.println("axe, not failing: " + what + " on " + pages + " pages"));
        System.out.println("axe: " + findings.size() + " findings, " + failing.size() + " failing, by rule: "
                + findings.stream().collect(Collectors.groupingBy(Finding::rule, Collectors.counting())));
        assertThat(failing).withFailMessage(() -> failing.size() + " serious or critical axe findings:\n"
                + failing.stream().map(Finding::toString).collect(Collectors.joining("\n"))).isEmpty();
        if (passesThroughKnown) {
            assertThat(known.stream().map(f -> f.rule() + " " + f.target()).collect(Collectors.toSet()))
                    .as("accepted findings that no longer show: remove them from KNOWN")
                    .containsExactlyInAnyOrderElementsOf(KNOWN.keySet());
        }
    }
}
