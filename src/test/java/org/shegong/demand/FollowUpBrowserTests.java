package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.shell.Browser;
import org.shegong.shell.BrowserFailures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class FollowUpBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    UnitManagement units;
    @Autowired
    DemandManagement demands;

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
    void anOperatorMergesARepeatCallsBackAndASupervisorReopensTheDemand() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        var office = units.create(province, "玉林街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        StaffPrincipal staff = StaffFixtures.staff(700, "yl" + s, office.id().value(), office.name(), UnitKind.TOWNSHIP_OFFICE,
                "510107005000", Role.TOWNSHIP_STAFF);
        String village = "510107005002";
        DemandId parent = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "HJ-01",
                "玉林东路" + s + "号酒吧每晚音乐声很大，凌晨两点还不停，吵得睡不着", "13855550001", "郑女士", null, null, null, village),
                province, null).id();
        DemandId child = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "HJ-01",
                "玉林东路" + s + "号那家酒吧半夜音乐声太大，睡不着觉", "13855550002", "王先生", null, null, null, village),
                province, null).id();
        demands.dispatch(province, parent, new DemandManagement.Dispatch(office.id().value(), List.of(), "基本履职事项"));
        demands.accept(staff, parent);
        demands.reply(staff, parent, "已约谈酒吧负责人，晚十一点后停止外放音乐");

        driver = Browser.start(1280, 900);
        Browser.logIn(driver, url(""), "admin", "Shegong#Test2026");
        driver.get(url("/demands/" + child));
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("repeats")));
        var repeat = driver.findElement(By.xpath("//table[@id='repeats']//tr[.//a[contains(@href, '/demands/" + parent + "')]]"));
        assertThat(repeat.getText()).contains("%");
        Browser.screenshot(driver, "demand-repeats");
        repeat.findElement(By.cssSelector("button")).click();
        Browser.waiting(driver).until(ExpectedConditions.textToBe(By.id("demand-status"), "已并单"));
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("merged-into")));

        driver.get(url("/demands/callbacks"));
        var card = driver.findElement(By.id("callback-" + parent));
        assertThat(card.getText()).contains("已约谈酒吧负责人");
        new Select(card.findElement(By.id("resolved-" + parent))).selectByValue("false");
        new Select(card.findElement(By.id("satisfaction-" + parent))).selectByValue("DISSATISFIED");
        card.findElement(By.cssSelector("input[name=comment]")).sendKeys("音乐声还是很大");
        Browser.screenshot(driver, "demand-callbacks");
        Browser.submit(driver, card.findElement(By.id("record-" + parent)));
        assertThat(driver.getCurrentUrl()).endsWith("/demands/callbacks");
        assertThat(driver.findElements(By.id("callback-" + parent))).isEmpty();

        driver.get(url("/demands/reopens"));
        var request = driver.findElement(By.id("reopen-" + parent));
        assertThat(request.getText()).contains("音乐声还是很大", "不满意");
        request.findElement(By.id("reason-" + parent)).sendKeys("答复未解决噪声，退回重办");
        Browser.submit(driver, request.findElement(By.cssSelector("button[value=true]")));
        assertThat(driver.getCurrentUrl()).endsWith("/demands/reopens");
        driver.get(url("/demands/" + parent));
        assertThat(driver.findElement(By.id("demand-status")).getText()).isEqualTo("已派单");
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("callback-rounds")));
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("退回重办", "答复未解决噪声");

        driver.manage().window().setSize(new Dimension(375, 812));
        driver.get(url("/demands/" + parent));
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("callback-rounds")));
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        Browser.screenshot(driver, "demand-follow-up-375");
    }
}
