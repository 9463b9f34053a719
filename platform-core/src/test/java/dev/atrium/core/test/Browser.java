package dev.atrium.core.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its own chromedriver: nothing is ever
 * downloaded. Install both with {@code apt-get install chromium chromium-driver}.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ATRIUM_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("ATRIUM_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
    private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);
    /** Generous for a loaded machine, and free when the page is quick: a wait ends as soon as its condition holds. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** WebDriverWait looks every 500 ms unless told otherwise: most of a test's time would go to sleeping. */
    private static final Duration POLL = Duration.ofMillis(25);

    private final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** True when Chromium and its driver are installed; browser tests say so when they are not. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    public static Browser open(int port) {
        if (!available()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        return new Browser(driver, "http://localhost:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public Browser type(By field, String text) {
        driver.findElement(field).clear();
        driver.findElement(field).sendKeys(text);
        return this;
    }

    public Browser click(By element) {
        driver.findElement(element).click();
        return this;
    }

    /** Clicks, then waits until the page it leads to has loaded, so the next step never races the navigation. */
    public Browser clickAndWaitFor(By element, String pathPart) {
        driver.findElement(element).click();
        await(ExpectedConditions.urlContains(pathPart));
        return this;
    }

    /**
     * Waits until {@code condition} holds (not null nor false), looking every 25 ms; its value. An element htmx
     * swapped out while the condition read it is looked for again at the next look.
     */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE, POLL).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    public String text(By element) {
        return driver.findElement(element).getText();
    }

    /**
     * Lays pages out as a phone of {@code width} CSS pixels would (Chromium's device emulation: a desktop window
     * cannot be made that narrow), for the pages loaded from now on.
     */
    public Browser phone(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", true));
        return this;
    }

    /** Lays pages out as a desktop window of {@code width} CSS pixels, for the pages loaded from now on. */
    public Browser desktop(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    /**
     * The visible elements of the page that reach past the right edge of the layout viewport, or start left of
     * it while showing in it, each described as {@code tag#id.class left..right}. An element inside a box that
     * scrolls or clips sideways counts only through that box; one wholly off-screen on purpose (a skip link
     * until focused) does not count.
     */
    @SuppressWarnings("unchecked")
    public List<String> elementsWiderThanTheViewport() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                var width = document.documentElement.clientWidth, wider = [];
                function clippedByItsBox(element) {
                    for (var box = element.parentElement; box && box !== document.body; box = box.parentElement) {
                        var overflow = getComputedStyle(box).overflowX;
                        if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden' || overflow === 'clip') {
                            return true;
                        }
                    }
                    return false;
                }
                document.querySelectorAll('body *').forEach(function (element) {
                    var r = element.getBoundingClientRect();
                    if (r.width === 0 || r.height === 0 || r.right <= 0 || getComputedStyle(element).visibility === 'hidden') {
                        return;
                    }
                    if ((r.right > width + 1 || r.left < -1) && !clippedByItsBox(element)) {
                        wider.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                            + (typeof element.className === 'string' && element.className ? '.' + element.className.trim().split(/\\s+/).join('.') : '')
                            + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
                    }
                });
                return wider;""");
    }

    /** Whether the page is no wider than the window: {@code scrollWidth <= innerWidth}, as the issue words it. */
    public boolean fitsTheWindow() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    /** The whole page, beyond the window too, as a PNG written to {@code file}. */
    public void screenshot(Path file) {
        Object data = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true)).get("data");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, java.util.Base64.getDecoder().decode((String) data));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The width of the page's layout viewport in CSS pixels: what the page's CSS lays out for. */
    public long viewportWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;");
    }

    /**
     * How many CSS pixels the page is wider than its layout viewport (0 when nothing makes it scroll sideways).
     * Not {@code innerWidth}: a phone zooms out to fit a page too wide, which widens that one.
     */
    public long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /**
     * What the browser's console said since the last call that the page's
     * Content-Security-Policy refused (Chromium logs every refusal there).
     */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    /** Signs in on a tenant's sign-in page and lands on its home page. */
    public Browser signIn(String slug, String email, String password) {
        go("/t/" + slug + "/login").type(By.id("email"), email).type(By.id("password"), password)
                .click(By.cssSelector("button[type=submit]"));
        // The click returns before the answer lands: wait for the page after it, the home page or a refusal.
        // Without the implicit wait, or every look for a refusal still on the sign-in page would last 5 s.
        String login = "/t/" + slug + "/login";
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            await(d -> !path().startsWith(login) || !d.findElements(By.cssSelector(".error, [role=alert]")).isEmpty());
        } finally {
            driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
