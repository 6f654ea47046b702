package org.shegong.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Headless Debian Chromium for browser tests. Where Chromium is missing the test is skipped with the
 * reason, unless {@code -Dbrowser.required=true} (as in CI), where it fails instead. Browser test classes carry
 * {@code @ExtendWith(BrowserFailures.class)} so that a failure leaves a screenshot and the page source behind.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /**
     * A browser window of the given size. Browsers are shared across test classes: {@code quit()} on the returned
     * driver hands the Chromium process back (cookies and cache cleared, blank page) instead of ending it, and the
     * next test takes it, so the suite starts as many Chromium processes as tests use at once rather than one per
     * class. A driver handed back answers every further call with {@link NoSuchSessionException}, as a quit one
     * would; one that ran a DevTools command (which can outlive the page) is really quit instead of shared.
     */
    public static WebDriver start(int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String reason = "Chromium or chromedriver not found at " + CHROMIUM + " / " + DRIVER
                    + " (apt-get install chromium chromium-driver)";
            if (Boolean.getBoolean("browser.required")) {
                Assertions.fail(reason);
            }
            Assumptions.abort(reason);
        }
        ChromeDriver driver;
        while ((driver = IDLE.pollFirst()) != null && !fresh(driver, width, height)) {
            quietly(driver);
        }
        return lease(driver != null ? driver : launch(width, height));
    }

    private static final Deque<ChromeDriver> IDLE = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.forEach(Browser::quietly), "browser-pool-shutdown"));
    }

    private static ChromeDriver launch(int width, int height) {
        try {
            Path profile = Files.createTempDirectory("shegong-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--lang=zh-CN", "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, height));
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a shared browser like a new one: blank page, no cookies, no cache, no stored data, the asked size. */
    private static boolean fresh(ChromeDriver driver, int width, int height) {
        try {
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", "*", "storageTypes", "all"));
            driver.manage().window().setSize(new Dimension(width, height));
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void quietly(ChromeDriver driver) {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // already gone
        }
    }

    private static WebDriver lease(ChromeDriver driver) {
        AtomicBoolean returned = new AtomicBoolean();
        AtomicBoolean tainted = new AtomicBoolean();
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "quit" -> {
                    if (returned.compareAndSet(false, true)) {
                        if (tainted.get()) {
                            quietly(driver);
                        } else {
                            IDLE.addLast(driver);
                        }
                    }
                    return null;
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "shared " + driver;
                }
                case "executeCdpCommand" -> tainted.set(true);
                default -> {
                }
            }
            if (returned.get()) {
                throw new NoSuchSessionException("this browser was quit (handed back to the shared pool)");
            }
            try {
                return method.invoke(driver, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> c = ChromeDriver.class; c != null; c = c.getSuperclass()) {
            collect(c, interfaces);
        }
        return (WebDriver) Proxy.newProxyInstance(Browser.class.getClassLoader(), interfaces.toArray(Class<?>[]::new), handler);
    }

    private static void collect(Class<?> type, Set<Class<?>> into) {
        for (Class<?> i : type.getInterfaces()) {
            if (java.lang.reflect.Modifier.isPublic(i.getModifiers()) && into.add(i)) {
                collect(i, into);
            }
        }
    }

    /**
     * Waits for a page condition (never a fixed sleep), up to 15 s. An element that htmx or a script replaces while
     * the condition reads it is looked up again on the next poll instead of failing the test.
     */
    public static org.openqa.selenium.support.ui.WebDriverWait waiting(WebDriver driver) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Fills and submits the login form at {@code baseUrl}/login and waits until the browser has left the login page.
     * The click returns while the form post may still be in flight; a {@code driver.get} issued then races it (the
     * post's redirect can replace the page asked for, or the post is cancelled and the session stays anonymous).
     */
    public static void logIn(WebDriver driver, String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waiting(driver).withMessage(() -> "the login of " + username + " to leave /login, still at " + driver.getCurrentUrl())
                .until(d -> !"/login".equals(URI.create(d.getCurrentUrl()).getPath()));
    }

    /**
     * Clicks a button that posts a form and waits until the response has replaced the page, so that what follows
     * reads the new page (a form that redirects back to its own address leaves the URL unchanged, so waiting on the
     * URL would not do).
     */
    public static void submit(WebDriver driver, WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        waiting(driver).until(ExpectedConditions.stalenessOf(page));
    }

    /** Saves a screenshot under target/screenshots for a human to look at. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
