package org.shegong.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.shegong.demand.DemandId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shegong.demand.CallBackRecorded;
import org.shegong.demand.DemandDispatched;
import org.shegong.demand.DemandKind;
import org.shegong.demand.Satisfaction;
import org.shegong.demand.WorkOrderAccepted;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.shell.Browser;
import org.shegong.shell.BrowserFailures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class InsightBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    UnitManagement units;
    @Autowired
    Appeals appeals;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;
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

    /** A township with 10 work orders in September 2025: 8 accepted on time; 8 called back, 6 resolved, 7 satisfied. */
    private long township(String s) {
        var office = units.create(StaffFixtures.provinceAdmin(), "望江路街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107004000");
        Instant at = Instant.parse("2025-09-10T02:00:00Z");
        long base = 800_000_000L + Math.abs(s.hashCode() % 1_000_000) * 100L;
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long d = base + i;
            events.add(new DemandDispatched(new DemandId(d), office.id().value(), true, "510107004001", "ZF-01", DemandKind.COMPLAINT, at,
                    at.plusSeconds(86_400), at.plusSeconds(15 * 86_400)));
            events.add(new WorkOrderAccepted(new DemandId(d), office.id().value(), true, "510107004001", "ZF-01", at, at.plusSeconds(60), i < 8));
            if (i < 8) {
                events.add(new CallBackRecorded(new DemandId(d), 1, true, i < 6, i < 7 ? Satisfaction.SATISFIED : Satisfaction.DISSATISFIED,
                        "PHONE", at.plusSeconds(5 * 86_400)));
            }
        }
        tx.executeWithoutResult(status -> events.forEach(publisher::publishEvent));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from insight_order o where o.unit_id = :u and o.accepted_at is not null and o.reached""").param("u", office.id().value()).query(Long.class).single() == 8
                && jdbc.sql("select count(*) from insight_order where unit_id = :u and accepted_at is not null")
                        .param("u", office.id().value()).query(Long.class).single() == 10);
        var staff = StaffFixtures.staff(600, "wjl" + s, office.id().value(), office.name(), UnitKind.TOWNSHIP_OFFICE, "510107004000",
                Role.TOWNSHIP_STAFF);
        appeals.request(staff, base + 9, "诉求人要求街道处理商品房质量纠纷，属于法院管辖", "购房合同纠纷已立案，案号（2025）川0107民初1234号");
        return office.id().value();
    }

    @Test
    void aSupervisorSeesTheMonthlyRankingDrillsIntoAUnitAndApprovesAnAppeal() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        long unit = township(s);
        driver = Browser.start(1280, 900);
        Browser.logIn(driver, url(""), "admin", "Shegong#Test2026");

        driver.get(url("/insight/rankings?month=2025-09"));
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("ranking")));
        var row = driver.findElement(By.cssSelector("#ranking tr[data-unit='" + unit + "']"));
        assertThat(row.getText()).contains("望江路街道办事处" + s, "80.0%", "75.0%");
        Browser.waiting(driver).until(d -> !d.findElements(By.cssSelector("#ranking-chart canvas")).isEmpty());
        Browser.screenshot(driver, "insight-ranking");

        row.findElement(By.linkText("望江路街道办事处" + s)).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("unit-stats")));
        assertThat(driver.findElement(By.id("stat-response")).getText()).isEqualTo("80.0%");
        assertThat(driver.findElements(By.cssSelector("#facts tbody tr"))).hasSize(10);
        driver.findElement(By.linkText("未按时签收")).click();
        Browser.waiting(driver).until(d -> d.findElements(By.cssSelector("#facts tbody tr")).size() == 2);
        Browser.screenshot(driver, "insight-unit");

        driver.get(url("/insight/appeals"));
        var appeal = driver.findElement(By.xpath("//section[contains(., '望江路街道办事处" + s + "')]"));
        assertThat(appeal.getText()).contains("待审批", "法院管辖");
        appeal.findElement(By.cssSelector("input[name=reason]")).sendKeys("经核实属于司法程序处理事项，同意核减");
        Browser.submit(driver, appeal.findElement(By.cssSelector("button[value=true]")));
        assertThat(driver.getCurrentUrl()).endsWith("/insight/appeals");
        assertThat(driver.findElement(By.xpath("//section[contains(., '望江路街道办事处" + s + "')]")).getText())
                .contains("已核减", "同意核减");
        Browser.screenshot(driver, "insight-appeals");

        driver.get(url("/insight/rankings/units/" + unit + "?month=2025-09"));
        // 8 on time of the 9 still counted
        assertThat(driver.findElement(By.id("stat-response")).getText()).isEqualTo("88.9%");
        assertThat(driver.findElement(By.id("facts")).getText()).contains("已核减");

        driver.manage().window().setSize(new Dimension(375, 812));
        driver.get(url("/insight/rankings?month=2025-09"));
        Browser.waiting(driver).until(d -> !d.findElements(By.cssSelector("#ranking-chart canvas")).isEmpty());
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        Browser.screenshot(driver, "insight-ranking-375");
        driver.get(url("/insight/rankings/units/" + unit + "?month=2025-09"));
        Browser.screenshot(driver, "insight-unit-375");
        driver.get(url("/insight/hotspots"));
        Browser.screenshot(driver, "insight-hotspots-375");
    }
}
