package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shegong.Role;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.NewAccount;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.region.Scope;
import org.shegong.shell.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9, finding 1: a township staff member asked for an extension and approved it through the page form.
 * Now the page offers them no approve button, and a forged form post (with a valid CSRF token) is refused with
 * 403, changes nothing and is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExtensionBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    DemandManagement demands;
    @Autowired
    JdbcClient jdbc;

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
    void aTownshipSeesNoApproveButtonOnItsOwnExtensionAndAForgedApprovalIsRefused() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        var office = units.create(province, "玉林街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        var hotline = units.create(province, "成都市12345热线" + s, UnitKind.GOVERNMENT, "510100000000");
        accounts.create(province, new NewAccount("ylext" + s, "李街道", office.id(), Set.of(Role.TOWNSHIP_STAFF),
                "Initial#2026pw", null, null));
        var operator = StaffFixtures.staff(400, "extop" + s, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT,
                "510100000000", Role.HOTLINE_OPERATOR);
        DemandId id = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "ZF-02",
                "老旧小区外墙脱落，需协调产权单位维修", "13800002222", "陈先生", null, null, null, "510107005001"), operator, null).id();
        demands.dispatch(operator, id, new DemandManagement.Dispatch(office.id().value(), List.of(), "基本履职事项"));

        driver = Browser.start(1280, 900);
        Browser.logIn(driver, url(""), "ylext" + s, "Initial#2026pw");
        Browser.waiting(driver).until(ExpectedConditions.urlContains("/account/password"));
        driver.findElement(By.id("currentPassword")).sendKeys("Initial#2026pw");
        driver.findElement(By.id("newPassword")).sendKeys("Yulin#Street2026");
        driver.findElement(By.id("confirmPassword")).sendKeys("Yulin#Street2026");
        driver.findElement(By.id("password-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));

        driver.get(url("/demands/" + id));
        driver.findElement(By.id("accept-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.textToBe(By.id("demand-status"), "办理中"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("extension-until")), LocalDate.now().plusDays(60).toString());
        driver.findElement(By.id("extension-reason")).sendKeys("需协调产权单位和住建部门，预计两个月");
        driver.findElement(By.id("extension-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("extension-pending")));

        // the requester is offered neither the decision nor a second request
        assertThat(driver.findElements(By.id("approve-extension-form"))).isEmpty();
        assertThat(driver.findElements(By.id("approve-extension-submit"))).isEmpty();
        assertThat(driver.findElements(By.id("reject-extension-form"))).isEmpty();
        assertThat(driver.findElements(By.id("extension-form"))).isEmpty();
        Browser.screenshot(driver, "demand-own-extension");

        // a forged form post, with the page's own CSRF token, as a browser would send it
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('input[name="_csrf"]').value;
                fetch(arguments[0], { method: 'POST', credentials: 'same-origin',
                    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                    body: '_csrf=' + encodeURIComponent(token) })
                  .then(r => r.text().then(t => done(r.status + ' ' + t)))
                  .catch(e => done('failed ' + e));
                """, url("/demands/" + id + "/approve-extension"));
        assertThat(String.valueOf(answer)).startsWith("403 ").contains("批准延期");

        var unchanged = demands.find(Scope.PROVINCE, id);
        assertThat(unchanged.extended()).isFalse();
        assertThat(unchanged.requestedExtension()).isNotNull();
        assertThat(unchanged.timeline()).extracting(TimelineEntry::step).doesNotContain(DemandStep.APPROVE_EXTENSION);
        assertThat(jdbc.sql("select count(*) from identity_audit_log where actor = :a and action = :x and outcome = 'REFUSED'")
                .param("a", "ylext" + s).param("x", "refused POST /demands/" + id + "/approve-extension")
                .query(Long.class).single()).isEqualTo(1);
    }
}
