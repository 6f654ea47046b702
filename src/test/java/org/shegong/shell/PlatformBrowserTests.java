package org.shegong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class PlatformBrowserTests {

    @LocalServerPort
    int port;

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

    private WebDriverWait waiting() {
        return Browser.waiting(driver);
    }

    private void logIn() {
        Browser.logIn(driver, url(""), "admin", "Shegong#Test2026");
        waiting().until(ExpectedConditions.urlToBe(url("/")));
    }

    @Test
    void aWrongPasswordIsRefusedInChinese() {
        driver = Browser.start(1280, 900);
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        driver.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.urlContains("error=bad"));
        assertThat(driver.findElement(By.cssSelector(".alert-error")).getText()).isEqualTo("用户名或密码错误，或该账号当前不能登录。");
    }

    @Test
    void staffDrillFromSichuanToAVillageOpenTheGridMapSwitchToEnglishAndLogOut() {
        driver = Browser.start(1280, 900);
        logIn();
        driver.findElement(By.linkText("行政区划")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("region-children")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("四川省");
        for (String name : new String[] { "成都市", "武侯区", "玉林街道" }) {
            driver.findElement(By.id("region-children")).findElement(By.linkText(name)).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
        }
        Browser.screenshot(driver, "region-township");
        driver.findElement(By.id("region-children")).findElement(By.linkText("玉林北路社区居委会")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "玉林北路社区居委会"));
        assertThat(driver.findElement(By.id("region-breadcrumb")).getText())
                .contains("四川省", "成都市", "武侯区", "玉林街道", "玉林北路社区居委会");

        driver.findElement(By.id("region-breadcrumb")).findElement(By.linkText("玉林街道")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("grid-map-link"))).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-chart canvas")));
        assertThat(driver.findElement(By.id("demo-label")).getText()).isEqualTo("演示数据");
        var firstGrid = driver.findElement(By.cssSelector("#grid-list button"));
        String gridName = firstGrid.getText();
        assertThat(gridName).endsWith("网格");
        firstGrid.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-card .grid-card")));
        assertThat(driver.findElement(By.id("grid-card")).getText()).contains(gridName, "网格员", "演示数据");
        Browser.screenshot(driver, "grid-map");

        driver.findElement(By.id("lang-en")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sidenav"), "Grid map"));
        assertThat(driver.findElement(By.id("demo-label")).getText()).isEqualTo("Demo data");
        driver.findElement(By.id("logout")).click();
        waiting().until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(driver.findElement(By.cssSelector(".alert-ok")).getText()).isEqualTo("You have logged out.");
    }

    @Test
    void staffLogInSeeTheWorkbenchSwitchToEnglishAndLogOut() {
        driver = Browser.start(1280, 900);
        logIn();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("您好，省级管理员");
        assertThat(driver.findElement(By.id("sidenav")).getText()).contains("行政区划", "网格地图", "工作日历", "账号管理", "审计日志");
        Browser.screenshot(driver, "home-zh");

        driver.get(url("/admin/accounts"));
        assertThat(driver.findElement(By.id("accounts-table")).getText()).contains("admin", "四川省委社会工作部");

        driver.findElement(By.id("lang-en")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Accounts"));
        driver.get(url("/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hello, 省级管理员");
        assertThat(driver.findElement(By.id("sidenav")).getText()).contains("Regions", "Grid map", "Audit log");
        Browser.screenshot(driver, "home-en");

        driver.findElement(By.id("logout")).click();
        waiting().until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(driver.findElement(By.cssSelector(".alert-ok")).getText()).isEqualTo("You have logged out.");
        driver.get(url("/admin/accounts"));
        waiting().until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void onAPhoneTheNavigationFoldsBehindAMenuButton() {
        driver = Browser.start(375, 812);
        logIn();
        var nav = driver.findElement(By.id("sidenav"));
        assertThat(nav.isDisplayed()).isFalse();
        driver.findElement(By.cssSelector(".nav-toggle")).click();
        waiting().until(ExpectedConditions.visibilityOf(nav));
        Browser.screenshot(driver, "home-phone-nav");
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
    }

    @Test
    void everyPageRendersInChineseWithoutSidewaysScrollingOnAPhone() {
        everyPageRendersWithoutSidewaysScrolling(375, 812, "phone");
    }

    @Test
    void everyPageRendersInChineseWithoutSidewaysScrollingOnAnOfficePc() {
        everyPageRendersWithoutSidewaysScrolling(1366, 768, "pc");
    }

    private void everyPageRendersWithoutSidewaysScrolling(int width, int height, String device) {
        driver = Browser.start(width, height);
        logIn();
        String[] pages = { "/", "/regions", "/regions/510107005000", "/grids/map", "/grids/import", "/admin/calendar",
                "/admin/units", "/admin/accounts", "/admin/audit", "/account/password", "/demands/workbench",
                "/demands/inbox", "/demands/board", "/admin/duty", "/admin/categories", "/admin/open311",
                "/public/demands/new", "/public/track", "/petitions", "/petitions/new", "/petitions/statistics",
                "/public/petitions/new", "/public/petitions/track", "/public", "/insight/rankings" };
        for (String page : pages) {
            driver.get(url(page));
            String h1 = driver.findElement(By.tagName("h1")).getText();
            assertThat(h1).as(page).isNotBlank().doesNotContain("出错了");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal overflow on " + page).isLessThanOrEqualTo(0L);
            Browser.screenshot(driver, device + page.replace('/', '-'));
        }
    }
}
