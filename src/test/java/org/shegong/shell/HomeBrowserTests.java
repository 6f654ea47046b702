package org.shegong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator's first day on the home page, and the citizens' entrance on a phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomeBrowserTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.shegong.demand.DemandManagement demands;

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

    private long overflow() {
        return (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    @Test
    void anAdministratorSeesTheFirstDayChecklistAndFollowsItToCreateAUnit() throws Exception {
        // a demand waits for dispatch in the administrator's province: a line of the to-do list
        demands.submit(new org.shegong.demand.SubmitDemand(org.shegong.demand.DemandKind.HELP,
                org.shegong.demand.TimeLimitClass.ORDINARY, org.shegong.demand.Channel.HOTLINE, "ZF-01", "小区路灯不亮",
                "13812340009", "周先生", "成都市武侯区玉林街道", null, null, null),
                org.shegong.identity.StaffFixtures.provinceAdmin(), null);
        driver = Browser.start(1366, 900);
        Browser.logIn(driver, url(""), "admin", "Shegong#Test2026");
        Browser.waiting(driver).until(ExpectedConditions.urlToBe(url("/")));
        var checklist = driver.findElement(By.id("checklist"));
        assertThat(checklist.getText()).contains("首日检查清单", "建立承办单位", "为单位开设账号", "发布乡镇（街道）履行职责事项清单",
                "核对诉求分类目录", "Open311", "官方放假安排");
        assertThat(driver.findElements(By.cssSelector("#checklist li"))).hasSize(6)
                .allSatisfy(li -> assertThat(li.getText()).containsAnyOf("已完成", "未完成"));
        assertThat(driver.findElement(By.id("todo")).getText()).contains("今日待办").containsPattern("待派单诉求 \\d+ 件")
                .containsPattern("最早期限 20\\d\\d-\\d\\d-\\d\\d (\\d\\d:\\d\\d|24:00)");
        Files.copy(Browser.screenshot(driver, "home-admin-checklist"), Path.of("/tmp/platform-home-admin.png"),
                StandardCopyOption.REPLACE_EXISTING);

        driver.findElement(By.cssSelector("#check-units a")).click();
        Browser.waiting(driver).until(ExpectedConditions.urlToBe(url("/admin/units")));
        assertThat(driver.findElement(By.id("unit-form")).isDisplayed()).isTrue();
    }

    @Test
    void aCitizenOnAPhoneFindsEveryServiceAndOpensTheReportForm() throws Exception {
        driver = Browser.start(390, 844);
        driver.get(url("/public"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("市民服务");
        assertThat(driver.findElement(By.id("doors")).getText()).contains("我要反映", "网上信访", "查询办理进度");
        assertThat(overflow()).isLessThanOrEqualTo(0L);
        Files.copy(Browser.screenshot(driver, "public-phone"), Path.of("/tmp/platform-public-390.png"),
                StandardCopyOption.REPLACE_EXISTING);
        driver.findElement(By.linkText("我要反映")).click();
        Browser.waiting(driver).until(ExpectedConditions.urlToBe(url("/public/demands/new")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("我要反映");
    }
}
