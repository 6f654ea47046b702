package org.shegong.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shegong.identity.StaffFixtures;
import org.shegong.region.RegionCode;
import org.shegong.shell.Browser;
import org.shegong.shell.BrowserFailures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class DutyBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    DutyLists lists;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void theDutyPagesFitAPhoneScreen() {
        RegionCode township = RegionCode.of("510107063000");
        DutyListVersion d = lists.openDraft(StaffFixtures.provinceAdmin(), township);
        lists.putItem(StaffFixtures.provinceAdmin(), township, d.version(),
                new DutyItemInput("B-001", "辖区内市政道路、路灯、井盖等设施损坏情况日常巡查发现并上报", "基本", List.of("CJ-01", "CJ-02", "CJ-03"), null));
        driver = Browser.start(375, 812);
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys("Shegong#Test2026");
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(url("/")));
        String[] pages = { "/admin/duty", "/admin/duty?area=510107000000", "/admin/duty/510107063000",
                "/admin/duty/villages/510107005001", "/admin/categories" };
        for (String page : pages) {
            driver.get(url(page));
            assertThat(driver.findElement(By.tagName("h1")).getText()).as(page).isNotBlank().doesNotContain("出错了");
            Long overflow = (Long) ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal overflow on " + page).isLessThanOrEqualTo(0L);
            Browser.screenshot(driver, "phone" + page.replaceAll("[/?=]", "-"));
        }
    }
}
