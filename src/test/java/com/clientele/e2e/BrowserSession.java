package com.clientele.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium, headless. Tests using it are skipped, with a message, where
 * Chromium is not installed; CI installs it.
 */
final class BrowserSession implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    private BrowserSession(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    static BrowserSession open(int width, int height) throws IOException {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium is not installed (apt-get install chromium chromium-driver); skipping browser tests");
        Path profile = Files.createTempDirectory("chromium-profile-");
        Path downloads = Files.createTempDirectory("chromium-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        return new BrowserSession(new ChromeDriver(service, options), profile, downloads);
    }

    WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    void login(String baseUrl, String email, String password) {
        driver.get(baseUrl + "/login");
        WebDriverWait wait = waiting(Duration.ofSeconds(60));
        WebElement user = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form vaadin-text-field[name=username] input")));
        user.sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-password-field[name=password] input"))
                .sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]")).click();
    }

    /** Keeps a picture of the page under target/screenshots for people reading a failed build. */
    void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile);
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp directory is harmless
        }
    }
}
