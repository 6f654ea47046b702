package org.shegong.shell;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Keeps what a failing browser test saw: for each {@link WebDriver} field of the test holding a browser, a screenshot
 * ({@code <Class>.<method>.png}) and the page source headed by its address ({@code <Class>.<method>.html}) under
 * {@code target/browser-failures/}. JUnit calls it before the test's {@code @AfterEach} quits the browser. The test's
 * own failure is rethrown unchanged; a failure to save is attached to it as suppressed.
 */
public final class BrowserFailures implements TestExecutionExceptionHandler {

    static final Path DIRECTORY = Path.of("target", "browser-failures");

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Object test = context.getRequiredTestInstance();
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        List<Field> fields = driverFields(test.getClass());
        for (Field field : fields) {
            try {
                field.setAccessible(true);
                if (field.get(test) instanceof WebDriver driver) {
                    List<Path> saved = save(driver, fields.size() == 1 ? name : name + "-" + field.getName());
                    System.err.println("Browser test failed; saved " + saved);
                }
            } catch (IOException | ReflectiveOperationException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    /** Saves the screenshot and the page source of what {@code driver} shows as {@code name}.png and .html. */
    static List<Path> save(WebDriver driver, String name) throws IOException {
        Path dir = Files.createDirectories(DIRECTORY);
        String file = name.replaceAll("[^\\w.-]", "_");
        Path html = dir.resolve(file + ".html");
        Files.writeString(html, "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
        Path png = dir.resolve(file + ".png");
        Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return List.of(png, html);
    }

    private static List<Field> driverFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (WebDriver.class.isAssignableFrom(f.getType())) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }
}
