package org.shegong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
import org.shegong.identity.UnitView;
import org.shegong.shell.Browser;
import org.shegong.shell.BrowserFailures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class PetitionBrowserTests {

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

    private WebDriverWait waiting() {
        return Browser.waiting(driver);
    }

    private void logInFirstTime(String username) {
        Browser.logIn(driver, url(""), username, "Initial#2026pw");
        waiting().until(ExpectedConditions.urlContains("/account/password"));
        driver.findElement(By.id("currentPassword")).sendKeys("Initial#2026pw");
        driver.findElement(By.id("newPassword")).sendKeys("Petition#Work2026");
        driver.findElement(By.id("confirmPassword")).sendKeys("Petition#Work2026");
        driver.findElement(By.id("password-submit")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
    }

    private void logOut() {
        driver.findElement(By.id("logout")).click();
        waiting().until(ExpectedConditions.urlContains("/login?logout"));
    }

    private void status(String expected) {
        waiting().until(ExpectedConditions.textToBe(By.id("petition-status"), expected));
    }

    private long overflow() {
        return (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** The petition office assigns a staff member of the organ holding the case: only then do they see it. */
    private void assign(String option, String username) {
        new Select(driver.findElement(By.id("assignee"))).selectByVisibleText(option);
        driver.findElement(By.id("assign-submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignees"), username));
    }

    @Test
    void anOfficerRegistersAPetitionTheOrganAcceptsAndDecidesAndTheReviewOrganReviewsIt() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var admin = StaffFixtures.provinceAdmin();
        UnitView bureau = units.create(admin, "武侯区信访局" + s, UnitKind.GOVERNMENT, "510107000000");
        UnitView housing = units.create(admin, "武侯区住房和城乡建设局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        UnitView city = units.create(admin, "成都市住房和城乡建设局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510100000000");
        accounts.create(admin, new NewAccount("xf" + s, "王信访", bureau.id(), Set.of(Role.PETITION_OFFICER), "Initial#2026pw", null, null));
        accounts.create(admin, new NewAccount("zj" + s, "李承办", housing.id(), Set.of(Role.DEPARTMENT_HANDLER), "Initial#2026pw", null, null));
        accounts.create(admin, new NewAccount("cd" + s, "赵复查", city.id(), Set.of(Role.DEPARTMENT_HANDLER), "Initial#2026pw", null, null));
        driver = Browser.start(1280, 900);

        logInFirstTime("xf" + s);
        driver.get(url("/petitions"));
        driver.findElement(By.id("petition-new")).click();
        new Select(driver.findElement(By.id("channel"))).selectByValue("LETTER");
        driver.findElement(By.id("name-0")).sendKeys("张大爷");
        driver.findElement(By.id("phone-0")).sendKeys("13800005678");
        driver.findElement(By.id("residentId-0")).sendKeys(PetitionTestData.residentId());
        driver.findElement(By.id("matter")).sendKeys("小区电梯停运三个月无人维修，物业公司不作为<script>alert(1)</script>");
        new Select(driver.findElement(By.id("category"))).selectByValue("CLAIM");
        new Select(driver.findElement(By.id("route"))).selectByValue("6");
        driver.findElement(By.id("petition-submit")).click();
        status("已登记");
        String caseNumber = driver.findElement(By.id("case-number")).getText();
        assertThat(caseNumber).startsWith("XF510107-");
        assertThat(driver.findElement(By.id("matter")).getText()).endsWith("<script>alert(1)</script>");
        assertThat(driver.findElement(By.id("limit-SORT")).getText()).contains("信访工作条例第二十二条");
        assertThat(driver.findElement(By.id("documents")).getText()).contains("登记回执");
        new Select(driver.findElement(By.id("transfer-unit"))).selectByVisibleText(housing.name());
        new Select(driver.findElement(By.id("transfer-mode"))).selectByValue("ASSIGN");
        driver.findElement(By.id("transfer-submit")).click();
        status("已转送交办");
        assertThat(driver.findElement(By.id("limit-OBJECT")).getText()).contains("5个工作日");
        assign("李承办（zj" + s + "）", "zj" + s);
        String caseUrl = driver.getCurrentUrl();
        logOut();

        logInFirstTime("zj" + s);
        driver.get(url("/petitions"));
        assertThat(driver.findElement(By.id("petition-table")).getText()).contains(caseNumber);
        driver.get(caseUrl);
        driver.findElement(By.id("accept-submit")).click();
        status("已受理");
        assertThat(driver.findElement(By.id("limit-DECIDE")).getText()).contains("第三十四条");
        driver.findElement(By.id("decision-facts")).sendKeys("经查，电梯维保合同已于今年到期，物业公司未续签");
        driver.findElement(By.id("decision-reasons")).sendKeys("物业公司应当履行电梯维保义务");
        driver.findElement(By.id("decision-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("form-error")));
        assertThat(driver.findElement(By.id("form-error")).getText()).contains("信访工作条例第三十二条").contains("法律依据");
        driver.findElement(By.id("decision-facts")).sendKeys("经查，电梯维保合同已于今年到期，物业公司未续签");
        driver.findElement(By.id("decision-reasons")).sendKeys("物业公司应当履行电梯维保义务");
        driver.findElement(By.id("decision-basis")).sendKeys("《特种设备安全法》第三十九条");
        new Select(driver.findElement(By.id("decision-outcome"))).selectByValue("UPHOLD");
        driver.findElement(By.id("decision-submit")).click();
        status("已出具处理意见");
        assertThat(driver.findElement(By.id("documents")).getText()).contains("信访处理意见书");
        logOut();

        Browser.logIn(driver, url(""), "xf" + s, "Petition#Work2026");
        driver.get(caseUrl);
        new Select(driver.findElement(By.id("review-unit"))).selectByVisibleText(city.name());
        driver.findElement(By.id("review-request-submit")).click();
        status("复查中");
        assign("赵复查（cd" + s + "）", "cd" + s);
        logOut();

        logInFirstTime("cd" + s);
        driver.get(caseUrl);
        driver.findElement(By.id("review-facts")).sendKeys("原处理意见认定事实清楚");
        driver.findElement(By.id("review-reasons")).sendKeys("处理适当");
        driver.findElement(By.id("review-basis")).sendKeys("《信访工作条例》第三十五条");
        driver.findElement(By.id("review-submit")).click();
        status("已复查");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("受理", "出具处理意见", "请求复查", "出具复查意见");
        assertThat(driver.findElement(By.id("limit-RE_REVIEW_REQUEST")).getText()).contains("第三十六条");
        Browser.screenshot(driver, "petition-detail");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
        driver.navigate().refresh();
        status("已复查");
        assertThat(overflow()).isLessThanOrEqualTo(0L);
        Browser.screenshot(driver, "petition-detail-phone");
    }
}
