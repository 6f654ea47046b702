package org.shegong.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

@ExtendWith(BrowserFailures.class)
class BrowserFailuresBrowserTests {

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private ExtensionContext context(String method) throws NoSuchMethodException {
        ExtensionContext context = mock(ExtensionContext.class);
        when(context.getRequiredTestInstance()).thenReturn(this);
        when(context.getRequiredTestClass()).thenAnswer(i -> BrowserFailuresBrowserTests.class);
        when(context.getRequiredTestMethod()).thenReturn(BrowserFailuresBrowserTests.class.getDeclaredMethod(method));
        return context;
    }

    @Test
    void aFailingTestLeavesTheScreenshotAndThePageSourceAndItsOwnFailure() throws Exception {
        driver = Browser.start(800, 600);
        driver.get("data:text/html;charset=utf-8,<title>t</title><h1 id=marker>marker-" + System.nanoTime() + "</h1>");
        String marker = driver.findElement(org.openqa.selenium.By.id("marker")).getText();
        Path png = BrowserFailures.DIRECTORY.resolve("BrowserFailuresBrowserTests.aFailingTestLeavesTheScreenshotAndThePageSourceAndItsOwnFailure.png");
        Path html = BrowserFailures.DIRECTORY.resolve("BrowserFailuresBrowserTests.aFailingTestLeavesTheScreenshotAndThePageSourceAndItsOwnFailure.html");
        Files.deleteIfExists(png);
        Files.deleteIfExists(html);
        AssertionError failure = new AssertionError("the test's own failure");

        Throwable thrown = catchThrowable(() -> new BrowserFailures()
                .handleTestExecutionException(context("aFailingTestLeavesTheScreenshotAndThePageSourceAndItsOwnFailure"), failure));

        assertThat(thrown).isSameAs(failure);
        assertThat(thrown.getSuppressed()).isEmpty();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!-- data:text/html").contains(marker);
        byte[] image = Files.readAllBytes(png);
        assertThat(Arrays.copyOf(image, 8)).isEqualTo(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
    }

    @Test
    void aBrowserThatCannotBeReadStillLetsTheTestsOwnFailureThrough() throws Exception {
        driver = Browser.start(800, 600);
        driver.quit();
        AssertionError failure = new AssertionError("the test's own failure");

        Throwable thrown = catchThrowable(() -> new BrowserFailures()
                .handleTestExecutionException(context("aBrowserThatCannotBeReadStillLetsTheTestsOwnFailureThrough"), failure));

        driver = null;
        assertThat(thrown).isSameAs(failure);
        assertThat(thrown.getSuppressed()).hasSize(1);
    }
}
