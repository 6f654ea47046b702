package org.shegong.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shegong.Role;
import org.shegong.calendar.Deadline;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.NewAccount;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.shell.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SuggestionBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    PointManagement points;

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

    private void logInFirstTime(String username) {
        Browser.logIn(driver, url(""), username, "Initial#2026pw");
        waiting().until(ExpectedConditions.urlContains("/account/password"));
        driver.findElement(By.id("currentPassword")).sendKeys("Initial#2026pw");
        driver.findElement(By.id("newPassword")).sendKeys("Suggest#Work2026");
        driver.findElement(By.id("confirmPassword")).sendKeys("Suggest#Work2026");
        driver.findElement(By.id("password-submit")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
    }

    private void logOut() {
        driver.findElement(By.id("logout")).click();
        waiting().until(ExpectedConditions.urlContains("/login?logout"));
    }

    private long overflow() {
        return (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    private void status(String expected) {
        waiting().until(ExpectedConditions.textToBe(By.id("suggestion-status"), expected));
    }

    @Test
    void aCitizenScansAPointsQrLinkOnAPhoneAndReadsTheCollectiveFeedbackAfterTheOrganAnswered() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var admin = StaffFixtures.provinceAdmin();
        UnitView office = units.create(admin, "武侯区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        UnitView housing = units.create(admin, "武侯区住房和城乡建设局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        accounts.create(admin, new NewAccount("jy" + s, "王征集", office.id(), Set.of(Role.COUNTY_ADMIN), "Initial#2026pw", null, null));
        accounts.create(admin, new NewAccount("zj" + s, "李承办", housing.id(), Set.of(Role.DEPARTMENT_HANDLER), "Initial#2026pw", null, null));
        StaffPrincipal officeStaff = StaffFixtures.staff(9501, "jy" + s, office.id().value(), office.name(),
                UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000", Role.COUNTY_ADMIN);
        LocalDateTime now = LocalDateTime.now(Deadline.ZONE);
        String topic = "社区养老服务怎么办得更好" + s;
        var c = campaigns.create(officeStaff, new CampaignManagement.NewCampaign(topic, "征集社区养老服务的意见建议", "民生保障",
                null, housing.id().value(), now.minusHours(1), now.plusDays(7)));
        CampaignId campaignId = c.campaign().id();
        campaigns.publish(officeStaff, campaignId, null);
        Point point = points.register(officeStaff, "玉林社区人民建议征集点" + s, "玉林北路2号", "510107005000");

        driver = Browser.start(390, 844);
        // the citizen scans the poster's QR code: its link names the point and carries its signature
        driver.get(url(points.link(point)));
        assertThat(driver.findElement(By.id("point-name")).getText()).contains("玉林社区人民建议征集点" + s);
        driver.findElement(By.id("point-campaign-" + campaignId)).click();
        waiting().until(ExpectedConditions.urlContains("campaign=" + campaignId));
        assertThat(driver.findElement(By.id("point-name")).getText()).contains("玉林社区人民建议征集点" + s);
        driver.findElement(By.id("suggestion-submit")).click();
        // the browser's own check stops an empty form; nothing is sent
        assertThat(driver.getCurrentUrl()).contains("/public/suggestions/new");
        driver.findElement(By.id("topic")).sendKeys("在社区开设老年助餐点<script>alert(1)</script>");
        driver.findElement(By.id("measures")).sendKeys("利用社区综合体闲置用房开设老年助餐点，对高龄老人给予就餐补贴");
        driver.findElement(By.id("reasons")).sendKeys("社区高龄独居老人多，做饭不便");
        driver.findElement(By.id("name")).sendKeys("张大爷");
        driver.findElement(By.id("phone")).sendKeys("12345");
        driver.findElement(By.id("suggestion-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("form-error")));
        assertThat(driver.findElement(By.id("form-error")).getText()).contains("手机");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        driver.findElement(By.id("phone")).clear();
        driver.findElement(By.id("phone")).sendKeys("13800002468");
        driver.findElement(By.id("anonymous")).click();
        driver.findElement(By.id("suggestion-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
        String code = driver.findElement(By.id("tracking-code")).getText();
        assertThat(code).startsWith("JY");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        Browser.screenshot(driver, "suggestion-public-done");

        // the suggestion office accepts and transfers it to the competent organ
        logInFirstTime("jy" + s);
        driver.get(url("/suggestions"));
        driver.findElement(By.linkText(code)).click();
        status("已登记");
        assertThat(driver.findElement(By.id("channel")).getText()).isEqualTo("征集点");
        assertThat(driver.findElement(By.id("topic")).getText()).endsWith("<script>alert(1)</script>");
        assertThat(driver.findElement(By.id("proposer")).getText()).contains("张**").doesNotContain("张大爷");
        driver.findElement(By.id("accept-submit")).click();
        status("已受理");
        new Select(driver.findElement(By.id("transfer-unit"))).selectByVisibleText(housing.name());
        driver.findElement(By.id("transfer-submit")).click();
        status("已转承办机关");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        String page = driver.getCurrentUrl();
        // the point's printable poster carries the very link the citizen scanned, as a QR code drawn on the server
        driver.get(url("/suggestions/points/" + point.id() + "/poster"));
        assertThat(driver.findElement(By.id("poster-link")).getText()).isEqualTo(url(points.link(point)));
        waiting().until(d -> (Long) ((JavascriptExecutor) d).executeScript(
                "return document.getElementById('poster-qr').naturalWidth;") > 0);
        logOut();

        // the organ answers from its inbox
        logInFirstTime("zj" + s);
        driver.get(url("/suggestions"));
        assertThat(driver.findElement(By.id("suggestion-table")).getText()).contains(code);
        driver.get(page);
        driver.findElement(By.id("answer-text")).sendKeys("已在玉林街道试点老年助餐点，明年推广到全区");
        driver.findElement(By.id("answer-submit")).click();
        status("已答复");
        logOut();

        // the office closes the campaign and publishes the collective feedback
        Browser.logIn(driver, url(""), "jy" + s, "Suggest#Work2026");
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        driver.get(url("/suggestions/campaigns/" + campaignId));
        driver.findElement(By.id("close-submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("campaign-status"), "已截止"));
        driver.findElement(By.id("feedback")).sendKeys("本次征集共收到建议1条，已采纳并在玉林街道试点老年助餐点");
        driver.findElement(By.id("feedback-submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("campaign-status"), "已反馈"));
        // the campaign's frequent terms: drawn by static/js/suggestion-terms.js from the API (no inline script)
        driver.get(url("/suggestions/statistics?campaign=" + campaignId));
        assertThat(driver.findElement(By.id("total-received")).getText()).isEqualTo("1");
        waiting().until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("terms-chart")), "data-rendered"));
        assertThat(driver.findElement(By.cssSelector("#terms-chart canvas")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("by-channel")).getText()).contains("征集点");
        logOut();

        // the citizen reads it, without an account
        driver.get(url("/public/suggestions/campaigns/" + campaignId));
        assertThat(driver.findElement(By.id("campaign-feedback")).getText()).contains("已采纳并在玉林街道试点老年助餐点");
        driver.get(url("/public/suggestions/track"));
        driver.findElement(By.id("code")).sendKeys(code);
        driver.findElement(By.id("lastFour")).sendKeys("2468");
        driver.findElement(By.id("track-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("track-result")));
        assertThat(driver.findElement(By.id("track-status")).getText()).isEqualTo("已答复");
        assertThat(driver.findElement(By.id("track-answer")).getText()).isEqualTo("已在玉林街道试点老年助餐点，明年推广到全区");
        assertThat(driver.findElement(By.id("track-feedback")).getText()).contains("已采纳并在玉林街道试点老年助餐点");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        Browser.screenshot(driver, "suggestion-public-track");
    }
}
