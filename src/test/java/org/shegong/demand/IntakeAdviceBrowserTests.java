package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** The operator's workbench warns of a gas leak while the call is typed, and merges a repeat from the suggestion. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class IntakeAdviceBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    DemandManagement demands;
    @Autowired
    UnitManagement units;
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
    void anOperatorSeesTheGasWarningAndMergesARepeatFromTheSuggestion() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var hotline = units.create(StaffFixtures.provinceAdmin(), "成都市12345热线" + s, UnitKind.GOVERNMENT, "510100000000");
        StaffPrincipal operator = StaffFixtures.staff(320, "ib-op" + s, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT,
                "510100000000", Role.HOTLINE_OPERATOR);
        // an earlier call about the same outage, at 华兴街道南桥社区 (no other test uses it)
        DemandId earlier = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "CJ-05",
                "华兴街道南桥社区桥南苑小区停水两天了，自来水公司一直没说法", "13822241001", "周先生", null, null, null,
                "510107015001"), operator, null).id();
        String parentCode = jdbc.sql("select tracking_code from demand where id = :id").param("id", earlier.value()).query(String.class).single();

        driver = Browser.start(1366, 900);
        Browser.logIn(driver, url(""), "admin", "Shegong#Test2026");
        driver.get(url("/demands/workbench"));
        driver.findElement(By.id("matter")).sendKeys("我们单元楼道里头好大一股天然气味道，闻到头都昏了");
        Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("advice-emergency")));
        assertThat(driver.findElement(By.id("advice-emergency")).getText()).contains("燃气泄漏", "119");
        Browser.screenshot(driver, "intake-advice-gas");

        driver.findElement(By.id("matter")).clear();
        driver.findElement(By.id("phone")).sendKeys("136" + String.format("%04d", new java.util.Random().nextInt(10_000)) + "5678");
        new Select(driver.findElement(By.id("kind"))).selectByValue("COMPLAINT");
        driver.findElement(By.id("address")).sendKeys("成都市武侯区华兴街道南桥社区");
        driver.findElement(By.id("matter")).sendKeys("桥南苑小区又没水了，两天了都没来水");
        Browser.waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("advice-emergency")));
        By merge = By.cssSelector(".advice-merge[data-id='" + earlier + "']");
        Browser.waiting(driver).until(ExpectedConditions.elementToBeClickable(merge));
        assertThat(driver.findElement(By.id("advice-repeats")).getText()).contains(parentCode, "内容相似");
        assertThat(driver.findElement(By.id("advice-categories")).getText()).contains("停水");
        Browser.screenshot(driver, "intake-advice-repeat");
        driver.findElement(merge).click();
        Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("advice-merging")));
        assertThat(new Select(driver.findElement(By.id("categoryCode"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("CJ-05");
        driver.findElement(By.id("demand-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
        String child = driver.findElement(By.id("tracking-code")).getText();
        assertThat(jdbc.sql("select status from demand where tracking_code = :c").param("c", child).query(String.class).single())
                .isEqualTo("MERGED");
        assertThat(jdbc.sql("""
                select m.parent_id from demand_merge m join demand d on d.id = m.child_id where d.tracking_code = :c
                """).param("c", child).query(Long.class).single()).isEqualTo(earlier.value());
    }

    @Test
    void anOperatorRefusesOneSuggestedRepeatMergesAnotherAndRefusesOneOnTheDemandPage() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var hotline = units.create(StaffFixtures.provinceAdmin(), "成都市12345热线" + s, UnitKind.GOVERNMENT, "510100000000");
        StaffPrincipal operator = StaffFixtures.staff(321, "ib-op2" + s, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT,
                "510100000000", Role.HOTLINE_OPERATOR);
        // two earlier calls about one outage at 华兴街道沈家桥社区 (no other test uses it)
        DemandId first = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "CJ-05",
                "沈家桥社区桥北苑小区停水三天了，自来水公司电话打不通", "13822261001", "郑先生", null, null, null,
                "510107015003"), operator, null).id();
        DemandId second = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "CJ-05",
                "沈家桥社区桥北苑小区停水三天了，自来水公司一直没人接电话", "13822261002", "王女士", null, null, null,
                "510107015003"), operator, null).id();
        String secondCode = jdbc.sql("select tracking_code from demand where id = :id").param("id", second.value()).query(String.class).single();

        driver = Browser.start(1366, 900);
        Browser.logIn(driver, url(""), "admin", "Shegong#Test2026");
        driver.get(url("/demands/workbench"));
        driver.findElement(By.id("phone")).sendKeys("137" + String.format("%04d", new java.util.Random().nextInt(10_000)) + "6789");
        new Select(driver.findElement(By.id("kind"))).selectByValue("COMPLAINT");
        driver.findElement(By.id("address")).sendKeys("成都市武侯区华兴街道沈家桥社区");
        driver.findElement(By.id("matter")).sendKeys("桥北苑小区停水三天了，自来水公司电话打不通，没人管");
        By refuseSecond = By.cssSelector(".advice-not-repeat[data-id='" + second + "']");
        By mergeFirst = By.cssSelector(".advice-merge[data-id='" + first + "']");
        Browser.waiting(driver).until(ExpectedConditions.elementToBeClickable(refuseSecond));
        Browser.waiting(driver).until(ExpectedConditions.elementToBeClickable(mergeFirst));
        driver.findElement(refuseSecond).click();
        Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("advice-refused")));
        assertThat(driver.findElement(By.id("advice-refused")).getText()).contains(secondCode);
        assertThat(driver.findElements(By.cssSelector(".advice-merge[data-id='" + second + "']"))).isEmpty();
        // a later suggestion (the operator goes on typing) never brings the refused one back
        driver.findElement(By.id("matter")).sendKeys("，老人等着用水");
        Browser.waiting(driver).until(ExpectedConditions.elementToBeClickable(mergeFirst));
        assertThat(driver.findElements(refuseSecond)).isEmpty();
        Browser.screenshot(driver, "intake-advice-refused");
        driver.findElement(mergeFirst).click();
        Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("advice-merging")));
        driver.findElement(By.id("demand-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
        String child = driver.findElement(By.id("tracking-code")).getText();
        long childId = jdbc.sql("select id from demand where tracking_code = :c").param("c", child).query(Long.class).single();
        assertThat(jdbc.sql("select parent_id from demand_merge where child_id = :c").param("c", childId).query(Long.class)
                .single()).isEqualTo(first.value());
        assertThat(jdbc.sql("select count(*) from demand_lesson where source = 'MERGE_REFUSED' and demand_id = :c and other_id = :o")
                .param("c", childId).param("o", second.value()).query(Integer.class).single()).isEqualTo(1);

        // on the first demand's page the second is offered as a likely repeat; the operator says it is not one
        driver.get(url("/demands/" + first));
        By notRepeat = By.cssSelector("#repeats .not-repeat[data-id='" + second + "']");
        Browser.waiting(driver).until(ExpectedConditions.elementToBeClickable(notRepeat));
        driver.findElement(notRepeat).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#repeat-decisions li[data-kind='NOT_A_REPEAT'][data-id='" + second + "']")));
        assertThat(driver.findElement(By.id("repeat-decisions")).getText()).contains("不是重复", secondCode, "已并入本件", child);
        assertThat(driver.findElements(notRepeat)).isEmpty();
        Browser.screenshot(driver, "demand-page-not-repeat");
    }

    @Test
    void theCatalogueAndTheSuggestionPanelFitADesktopAndAPhone() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var hotline = units.create(StaffFixtures.provinceAdmin(), "成都市12345热线" + s, UnitKind.GOVERNMENT, "510100000000");
        StaffPrincipal operator = StaffFixtures.staff(322, "ib-op3" + s, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT,
                "510100000000", Role.HOTLINE_OPERATOR);
        // a repeat with a long unbroken text, so the panel shows its longest kind of line
        demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "CJ-05",
                "三河社区河畔苑小区停水两天了ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ，自来水公司一直没说法",
                "13822261101", "冯先生", null, null, null, "510107015002"), operator, null);
        for (int[] size : new int[][] { { 1366, 768 }, { 390, 844 } }) {
            driver = Browser.start(size[0], size[1]);
            Browser.logIn(driver, url(""), "admin", "Shegong#Test2026");
            driver.get(url("/admin/categories"));
            Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertThat(overflow()).as("/admin/categories at " + size[0]).isLessThanOrEqualTo(0L);
            Browser.screenshot(driver, "categories-" + size[0]);
            driver.findElement(By.cssSelector("#items-CJ-05 summary")).click();
            scrollTo(By.id("items-CJ-05"));
            assertThat(overflow()).as("/admin/categories with items open at " + size[0]).isLessThanOrEqualTo(0L);
            Browser.screenshot(driver, "categories-items-" + size[0]);

            driver.get(url("/demands/workbench"));
            driver.findElement(By.id("address")).sendKeys("成都市武侯区华兴街道三河社区");
            driver.findElement(By.id("matter")).sendKeys("河畔苑小区停水两天了，楼道里头还有好大一股天然气味道，自来水公司一直没说法");
            Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("advice-emergency")));
            Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".advice-not-repeat")));
            assertThat(overflow()).as("workbench at " + size[0]).isLessThanOrEqualTo(0L);
            Long panel = (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "var p = document.getElementById('advice'); return p.scrollWidth - p.clientWidth;");
            assertThat(panel).as("suggestion panel at " + size[0]).isLessThanOrEqualTo(0L);
            scrollTo(By.id("advice"));
            Browser.screenshot(driver, "workbench-advice-" + size[0]);
            driver.quit();
            driver = null;
        }
    }

    private void scrollTo(By what) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                driver.findElement(what));
    }

    private Long overflow() {
        return (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }
}
