package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.NewAccount;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.shell.Browser;
import org.shegong.shell.BrowserFailures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class DemandBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    DemandManagement demands;
    @Autowired
    org.shegong.notify.Inbox inbox;

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

    private void logIn(String username, String password) {
        Browser.logIn(driver, url(""), username, password);
    }

    private void logOut() {
        driver.findElement(By.id("logout")).click();
        waiting().until(ExpectedConditions.urlContains("/login?logout"));
    }

    @Test
    void anOperatorRegistersADemandTheTownshipAcceptsAndRepliesAndTheCitizenSeesTheReply() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var office = units.create(StaffFixtures.provinceAdmin(), "玉林街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        accounts.create(StaffFixtures.provinceAdmin(), new NewAccount("yulin" + s, "李街道", office.id(),
                Set.of(Role.TOWNSHIP_STAFF), "Initial#2026pw", null, null));
        driver = Browser.start(1280, 900);

        logIn("admin", "Shegong#Test2026");
        driver.get(url("/demands/workbench"));
        // a number no other test has used: the caller-history list that other callers' demands would show under the
        // phone field shifts the form while the test fills it in
        driver.findElement(By.id("phone")).sendKeys("136" + String.format("%04d", new java.util.Random().nextInt(10_000)) + "1234");
        driver.findElement(By.id("contactName")).sendKeys("王女士");
        new Select(driver.findElement(By.id("kind"))).selectByValue("COMPLAINT");
        new Select(driver.findElement(By.id("categoryCode"))).selectByValue("HJ-01");
        driver.findElement(By.id("matter")).sendKeys("玉林北路烧烤店每晚营业到凌晨两点，噪声扰民<script>alert(1)</script>");
        driver.findElement(By.id("address")).sendKeys("成都市武侯区玉林街道玉林北路1号");
        driver.findElement(By.id("demand-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
        String code = driver.findElement(By.id("tracking-code")).getText();
        assertThat(code).startsWith("SC");
        assertThat(driver.findElement(By.id("matter")).getText()).endsWith("<script>alert(1)</script>");

        new Select(driver.findElement(By.id("leadUnitId"))).selectByVisibleText(office.name());
        driver.findElement(By.id("dispatch-reason")).sendKeys("玉林街道履行职责事项清单：基本履职事项");
        driver.findElement(By.id("dispatch-submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("demand-status"), "已派单"));
        String detailUrl = driver.getCurrentUrl();
        logOut();

        logIn("yulin" + s, "Initial#2026pw");
        waiting().until(ExpectedConditions.urlContains("/account/password"));
        driver.findElement(By.id("currentPassword")).sendKeys("Initial#2026pw");
        driver.findElement(By.id("newPassword")).sendKeys("Yulin#Street2026");
        driver.findElement(By.id("confirmPassword")).sendKeys("Yulin#Street2026");
        driver.findElement(By.id("password-submit")).click();
        // the change lands on the home page; wait for it, so the next page is not overtaken by that navigation
        waiting().until(ExpectedConditions.urlContains("passwordChanged"));
        inbox.post(office.id().value(), "demand.dueSoon", "1 件工单将在24小时内到期：#1", "1 work order due within 24 hours: #1",
                "/demands/inbox");
        driver.get(url("/notices"));
        waiting().until(ExpectedConditions.textToBe(By.id("notice-count"), "1"));
        assertThat(driver.findElement(By.id("notices")).getText()).contains("即将到期", "1 件工单将在24小时内到期");
        Browser.screenshot(driver, "notices");
        driver.findElement(By.cssSelector("#notices .notice-open")).click();
        waiting().until(ExpectedConditions.urlContains("/demands/inbox"));
        assertThat(driver.findElements(By.id("notice-count"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".demand-table")).getText()).contains(code);
        Browser.screenshot(driver, "demand-inbox");
        driver.get(detailUrl);
        driver.findElement(By.id("accept-submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("demand-status"), "办理中"));
        driver.findElement(By.id("reply")).sendKeys("已联合城管约谈店主，承诺每晚22点后停止露天经营");
        driver.findElement(By.id("reply-submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("demand-status"), "已答复"));
        Browser.screenshot(driver, "demand-detail");
        logOut();

        driver.get(url("/public/track"));
        driver.findElement(By.id("track-code")).sendKeys(code);
        driver.findElement(By.id("track-last-four")).sendKeys("4321");
        driver.findElement(By.id("track-submit")).click();
        assertThat(driver.findElement(By.id("track-none")).isDisplayed()).isTrue();
        driver.findElement(By.id("track-code")).clear();
        driver.findElement(By.id("track-code")).sendKeys(code);
        driver.findElement(By.id("track-last-four")).sendKeys("1234");
        driver.findElement(By.id("track-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("track-reply")));
        assertThat(driver.findElement(By.id("track-reply")).getText()).isEqualTo("已联合城管约谈店主，承诺每晚22点后停止露天经营");
        Browser.screenshot(driver, "demand-track");
    }

    @Test
    void aCitizenOnAPhonePicksTheSpotOnTheGridMapAndTheDemandLandsInThatGrid() {
        driver = Browser.start(390, 844);
        driver.get(url("/public/demands/new"));
        new Select(driver.findElement(By.id("kind"))).selectByValue("HELP");
        new Select(driver.findElement(By.id("categoryCode"))).selectByValue("CJ-01");
        driver.findElement(By.id("matter")).sendKeys("小区门口人行道地砖松动，老人容易绊倒");
        // the suggested category opens above the map once the text is judged: wait for it, or the page moves the
        // map between aiming at it and the click (on a phone-sized window the click then misses the map)
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("citizen-category-box")));
        driver.findElement(By.id("address")).sendKeys("成都市武侯区玉林街道");
        driver.findElement(By.id("pick-on-map")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pick-map canvas")));
        var map = driver.findElement(By.id("pick-map"));
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(map).click().perform();
        waiting().until(d -> !d.findElement(By.id("lat")).getDomProperty("value").isEmpty());
        double lat = Double.parseDouble(driver.findElement(By.id("lat")).getDomProperty("value"));
        double lng = Double.parseDouble(driver.findElement(By.id("lng")).getDomProperty("value"));
        // the centre of 玉林街道's grids
        assertThat(lat).isBetween(30.60, 30.66);
        assertThat(lng).isBetween(104.03, 104.09);
        assertThat(driver.findElement(By.id("located")).getText()).startsWith("已选位置：");
        Browser.screenshot(driver, "demand-public-map-pick");
        driver.findElement(By.id("phone")).sendKeys("13698765432");
        driver.findElement(By.id("public-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("public-code")));
        String code = driver.findElement(By.id("public-code")).getText();
        assertThat(demands.findByTrackingCode(code).orElseThrow().regionCode()).startsWith("510107005").hasSize(15);
    }
}
