package org.shegong.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Browsers are shared across test classes, and a shared one comes back as clean as a new one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class BrowserPoolBrowserTests {

    @LocalServerPort
    int port;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aBrowserHandedBackIsReusedWithoutTheLastTestsCookiesAndAtTheAskedSize() {
        WebDriver first = Browser.start(1024, 700);
        first.get("http://localhost:" + port + "/login");
        first.manage().addCookie(new Cookie("left-behind", "1"));
        String session = first.toString();
        first.quit();
        assertThatThrownBy(first::getCurrentUrl).as("a driver handed back is as dead as a quit one")
                .isInstanceOf(NoSuchSessionException.class);

        driver = Browser.start(390, 844);
        assertThat(driver.toString()).as("the same Chromium session, not a new process").isEqualTo(session);
        assertThat(driver.getCurrentUrl()).isEqualTo("about:blank");
        driver.get("http://localhost:" + port + "/login");
        assertThat(driver.manage().getCookieNamed("left-behind")).isNull();
        assertThat(driver.manage().window().getSize().getWidth()).isEqualTo(390);
    }
}
