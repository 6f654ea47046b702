package org.shegong.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.shegong.Role;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.NewAccount;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.shell.Browser;
import org.shegong.shell.BrowserFailures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 盐边县 (510422, 12 townships) belongs to this test alone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class WorkforceBrowserTests {

    static final String YANBIAN = "510422000000";
    static final String HONGGE = "510422101000";

    @LocalServerPort
    int port;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;

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

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    @Test
    void aCountyRegistersAStationAndASocialWorkerAndSeesTheFiguresChange() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        UnitView county = units.create(StaffFixtures.provinceAdmin(), "盐边县委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT,
                YANBIAN);
        accounts.create(StaffFixtures.provinceAdmin(), new NewAccount("yanbian" + s, "盐边县管理员", county.id(),
                Set.of(Role.COUNTY_ADMIN), "Yanbian#Work2026", null, null));

        driver = Browser.start(1280, 900);
        Browser.logIn(driver, url(""), "yanbian" + s, "Yanbian#Work2026");
        Browser.waiting(driver).until(ExpectedConditions.urlContains("/account/password"));
        driver.findElement(By.id("currentPassword")).sendKeys("Yanbian#Work2026");
        driver.findElement(By.id("newPassword")).sendKeys("Yanbian#Station2026");
        driver.findElement(By.id("confirmPassword")).sendKeys("Yanbian#Station2026");
        driver.findElement(By.id("password-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
        driver.findElement(By.id("nav-workforce")).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("total-coverage")));
        assertThat(text("total-covered")).isEqualTo("0 / 12");
        assertThat(text("total-coverage")).isEqualTo("0.0%");
        assertThat(text("total-workers")).isEqualTo("0");

        String name = "红格镇社工站<b>" + s + "</b>";
        driver.findElement(By.id("station-name")).sendKeys(name);
        driver.findElement(By.id("station-region")).sendKeys(HONGGE);
        driver.findElement(By.id("station-address")).sendKeys("盐边县红格镇红格街1号");
        driver.findElement(By.id("station-lat")).sendKeys("26.55");
        driver.findElement(By.id("station-lng")).sendKeys("101.93");
        driver.findElement(By.id("station-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        // 1 of 12 townships: 8.33…% → 8.3 %
        assertThat(text("total-covered")).isEqualTo("1 / 12");
        assertThat(text("total-coverage")).isEqualTo("8.3%");
        assertThat(text("total-stations")).isEqualTo("1");
        assertThat(text("gap-count")).contains("11");
        assertThat(driver.findElement(By.id("gaps")).getText()).doesNotContain("红格镇");
        assertThat(driver.findElement(By.cssSelector("#by-region tr[data-region='" + HONGGE + "']")).getText())
                .contains("红格镇").contains("100.0%");
        // the name was escaped, not interpreted
        assertThat(driver.findElement(By.id("stations")).getText()).contains(name);

        driver.findElement(By.id("worker-name")).sendKeys("杨社工" + s);
        driver.findElement(By.id("worker-id")).sendKeys(WorkforceFixtures.residentId(YANBIAN));
        new Select(driver.findElement(By.id("worker-credential"))).selectByValue("INTERMEDIATE");
        driver.findElement(By.id("worker-employer")).sendKeys("盐边县社会工作服务中心");
        new Select(driver.findElement(By.id("worker-station"))).selectByVisibleText(name);
        driver.findElement(By.id("worker-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "杨社工" + s));
        assertThat(text("total-workers")).isEqualTo("1");
        assertThat(driver.findElement(By.cssSelector("#credential-mix tr[data-credential='INTERMEDIATE']")).getText())
                .endsWith("1");
        assertThat(driver.findElement(By.id("training-behind")).getText()).isEqualTo("1");
        // the resident id is shown masked only
        assertThat(driver.findElement(By.id("workers")).getText()).contains("510422********");
        assertThat(text("total-per10k")).isEqualTo("—");

        // the county's resident population, named as people name it: 1 worker / 200,000 residents × 10,000 = 0.05
        driver.findElement(By.id("population-place")).sendKeys("盐边县");
        driver.findElement(By.id("population-residents")).sendKeys("200000");
        driver.findElement(By.id("population-source")).sendKeys("盐边县统计公报（测试数据）");
        driver.findElement(By.id("population-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "盐边县"));
        assertThat(text("total-per10k")).isEqualTo("0.05");

        Browser.waiting(driver).until(ExpectedConditions.attributeToBe(By.id("workforce-map"), "data-loaded", "1"));
        Browser.waiting(driver).until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("coverage-chart")),
                "data-loaded"));
        assertThat(driver.findElements(By.cssSelector("#workforce-map canvas"))).isNotEmpty();
        Browser.screenshot(driver, "workforce-dashboard");

        // the pages fit a phone: nothing wider than the window but the scrolling tables
        driver.manage().window().setSize(new Dimension(390, 844));
        for (String page : new String[] { "/workforce", "/workforce/complexes", "/workforce/projects" }) {
            driver.get(url(page));
            Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            Browser.screenshot(driver, "workforce-phone" + page.replace('/', '-'));
            assertThat(((Number) overflow).intValue()).as(page).isLessThanOrEqualTo(0);
        }
    }
}
