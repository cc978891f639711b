package com.satops.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven through its chromedriver: a fresh
 * profile each time, nothing fetched from the network, screenshots saved under
 * target/console-screenshots/.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private final String base;
    private final Path profile;
    private final ChromeDriver driver;

    ConsoleBrowser(String base) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("satops-console-browser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText().trim();
    }

    void type(String css, String value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(value);
    }

    void click(String css) {
        find(css).click();
    }

    void logIn(String user, String password) {
        open("/login");
        type("#username", user);
        type("#password", password);
        click("#sign-in");
        waitFor(Duration.ofSeconds(15), "#logout");
    }

    void waitFor(Duration timeout, String css) {
        new WebDriverWait(driver, timeout).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    void waitForText(Duration timeout, String css, String text) {
        new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(250))
                .until(ExpectedConditions.textToBe(By.cssSelector(css), text));
    }

    String sessionCookie() {
        return "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** Posts a form with this page's CSRF token from script, as a forged request would; returns the status. */
    long postFromPage(String path) {
        Object status = driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var token = document.querySelector('input[name="_csrf"]').value;
                fetch(arguments[0], {method: 'POST', redirect: 'manual', credentials: 'same-origin',
                    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                    body: '_csrf=' + encodeURIComponent(token)})
                  .then(function (r) { done(r.status); }, function (e) { done(-1); });
                """, path);
        return ((Number) status).longValue();
    }

    /** The whole page as a screen this wide shows it (a phone's below 600 px), as tall as the page is. */
    Path screenshot(String name, int width) {
        try {
            emulate(width, 800);
            long height = ((Number) driver.executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);")).longValue();
            emulate(width, (int) Math.min(height, 8000));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void emulate(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** The browser comes from the system's packages (chromium, chromium-driver), never from a download. */
    static String missing() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) ? null
                : CHROMIUM + " and " + CHROMEDRIVER + " are needed: apt-get install chromium chromium-driver";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
