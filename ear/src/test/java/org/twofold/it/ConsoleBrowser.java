package org.twofold.it;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Debian's chromium, headless, driven through chromium-driver: a real browser running the
 * console's PrimeFaces pages. PrimeFaces hides the native checkboxes and selects behind
 * styled ones; the helpers set the native ones, which is what a non-Ajax form submits.
 */
final class ConsoleBrowser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final URI base;
    final Path downloads;

    ConsoleBrowser(Path downloads) {
        this(downloads, Browser.BASE);
    }

    /** A browser whose {@link #open} paths are on {@code base} (a load balancer, say). */
    ConsoleBrowser(Path downloads, URI base) {
        this(downloads, base, "en-US,en");
    }

    /** A browser whose person reads these languages (its Accept-Language, e.g. "de-DE,de"). */
    ConsoleBrowser(Path downloads, String languages) {
        this(downloads, Browser.BASE, languages);
    }

    private ConsoleBrowser(Path downloads, URI base, String languages) {
        this.base = base;
        this.downloads = downloads;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("twofold.chromium", "/usr/bin/chromium"));
        // The background-networking flags stop chromium from calling out to Google's hosts.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + downloads.resolve("profile"));
        options.setAcceptInsecureCerts(true); // the test server's self-signed certificate
        options.addArguments("--lang=" + languages.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", languages));
        // The browser's console log, read after every page to fail on a Content-Security-Policy violation.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("twofold.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(base.resolve(path).toString());
        failOnPolicyViolations();
    }

    /** Opens an address on another server (an intranet application), as a person types it. */
    void openElsewhere(String url) {
        driver.get(url);
    }

    /** The address the browser shows. */
    String url() {
        return driver.getCurrentUrl();
    }

    /** Waits until the browser has gone on (by a page that refreshes, say) to an address starting so. */
    void awaitUrl(String prefix) {
        try {
            wait.until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(prefix)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("never reached " + prefix + ": still at " + url() + "\n" + text(), e);
        }
    }

    /** Fails when the page broke its Content-Security-Policy (the console would be broken too). */
    void failOnPolicyViolations() {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
        if (!violations.isEmpty()) {
            throw new AssertionError("CSP violations on " + path() + ": " + violations);
        }
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement element(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Waits until the element is shown (a page's script may show it after the page loaded); fails if it never is. */
    void awaitShown(String id) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /**
     * Whether the page's scripts ran far enough to draw this PrimeFaces chart: Chart.js holds a
     * chart for its canvas (a blocked script leaves an empty canvas behind).
     */
    boolean chartDrawn(String id) {
        try {
            return wait.until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                    "var canvas = document.querySelector('[id=\"' + arguments[0] + '\"] canvas');"
                            + " return !!(canvas && window.Chart && Chart.getChart(canvas));", id)));
        } catch (TimeoutException notDrawn) {
            return false;
        }
    }

    void type(String id, String value) {
        WebElement input = element(id);
        input.clear();
        input.sendKeys(value);
    }

    /** Clicks a button that submits the page, and waits for the next page. */
    void submit(String id) {
        WebElement button = element(id);
        button.click();
        wait.until(replaced(button));
        failOnPolicyViolations();
    }

    /** Clicks a button guarded by a confirmation, answers yes, and waits for the next page. */
    void submitConfirmed(String id) {
        WebElement button = element(id);
        button.click();
        WebElement yes = wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmForm:confirmYes")));
        yes.click();
        wait.until(replaced(button));
        failOnPolicyViolations();
    }

    /**
     * Whether the page holding this element has been replaced. Like ExpectedConditions.stalenessOf,
     * but chromium sometimes reports a replaced page as "Node ... does not belong to the document"
     * rather than as a stale element.
     */
    private static ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** Sets a PrimeFaces checkbox's native input to {@code checked}. */
    void check(By nativeInput, boolean checked) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(nativeInput));
        if (input.isSelected() != checked) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", input);
        }
    }

    /** Chooses a value in a PrimeFaces select menu (its native select is {@code id + "_input"}). */
    void choose(String id, String value) {
        WebElement select = element(id + "_input");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", select, value);
    }

    /** Reloads until an element shows the text, for state that background work changes. */
    void reloadUntil(String id, String expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!expected.equals(element(id).getText())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("'" + expected + "' did not appear in " + id + " on " + path() + ":\n" + text());
            }
            Thread.sleep(500);
            driver.navigate().refresh();
        }
    }

    /** Runs a script in the page, as the browser's developer tools would: outside its Content-Security-Policy. */
    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs a script that answers by calling its last argument, and waits for the answer. */
    Object asyncScript(String script, Object... args) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** The element that has the keyboard's focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses keys as a person does, on whatever has the focus. */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Presses keys that submit the page (Enter in a form), and waits for the next page. */
    void pressForNextPage(CharSequence... keys) {
        WebElement page = driver.findElement(By.tagName("html"));
        press(keys);
        wait.until(replaced(page));
        failOnPolicyViolations();
    }

    /** The visible texts of the elements the selector finds, in page order. */
    List<String> texts(By selector) {
        return driver.findElements(selector).stream().map(WebElement::getText).toList();
    }

    /** A cookie as the browser keeps it, with its attributes; fails when there is none. */
    Cookie cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        if (cookie == null) {
            throw new AssertionError("no " + name + " cookie in the browser");
        }
        return cookie;
    }

    /** Opens the login page and submits the password; ends wherever the sign-in goes next. */
    void passwordStep(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        submit("login:submit");
    }

    /** Signs in with the password, then the authenticator app's code; ends on the desk. */
    void signIn(String username, String password, Authenticator app) throws InterruptedException {
        passwordStep(username, password);
        if (!"/code.xhtml".equals(path())) {
            throw new AssertionError("no code step after the password: " + path() + "\n" + text());
        }
        type("code:otp", app.nextCode());
        submit("code:verify");
        if (!"/desk.xhtml".equals(path())) {
            throw new AssertionError("not signed in: " + path() + "\n" + text());
        }
    }

    /**
     * A passkey authenticator built into the browser (Chromium's virtual authenticator, through
     * the DevTools WebAuthn domain): it keeps discoverable credentials, verifies the person and
     * consents at once, as a laptop's fingerprint reader would.
     */
    VirtualAuthenticator addPlatformAuthenticator() {
        return ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
