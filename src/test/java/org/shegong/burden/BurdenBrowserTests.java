package org.shegong.burden;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shegong.Role;
import org.shegong.calendar.Deadline;
import org.shegong.duty.VillageWorkLists;
import org.shegong.duty.VillageWorkType;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.NewAccount;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.shegong.shell.Browser;
import org.shegong.shell.BrowserFailures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class BurdenBrowserTests {

    /** 簇锦街道 and its 团结社区. */
    static final String CUJIN = "510107014000";
    static final String TUANJIE = "510107014001";

    @LocalServerPort
    int port;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    VillageWorkLists villageLists;
    @Autowired
    Admissions admissions;
    @Autowired
    Grids grids;

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

    private final java.util.Set<String> changed = new java.util.HashSet<>();

    private void logIn(String username) {
        if (changed.add(username)) {
            Browser.logIn(driver, url(""), username, "Initial#2026pw");
            waiting().until(ExpectedConditions.urlContains("/account/password"));
            driver.findElement(By.id("currentPassword")).sendKeys("Initial#2026pw");
            driver.findElement(By.id("newPassword")).sendKeys("Burden#Less2026");
            driver.findElement(By.id("confirmPassword")).sendKeys("Burden#Less2026");
            driver.findElement(By.id("password-submit")).click();
            waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
        } else {
            Browser.logIn(driver, url(""), username, "Burden#Less2026");
            waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        }
    }

    private void logOut() {
        driver.findElement(By.id("logout")).click();
        waiting().until(ExpectedConditions.urlContains("/login?logout"));
    }

    private void set(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
    }

    private long overflow() {
        return (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    @Test
    void aCountyDepartmentsFormReachesACommunityPrefilledIsReturnedCorrectedAndAggregated() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String item = "BT-" + s.toUpperCase(java.util.Locale.ROOT);
        LocalDate today = LocalDate.now(Deadline.ZONE);
        var admin = StaffFixtures.provinceAdmin();
        UnitView dept = units.create(admin, "武侯区民政局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        UnitView community = units.create(admin, "团结社区居委会" + s, UnitKind.VILLAGE_COMMITTEE, TUANJIE);
        accounts.create(admin, new NewAccount("mzj" + s, "张科长", dept.id(), Set.of(Role.DEPARTMENT_HANDLER), "Initial#2026pw", null, null));
        UnitView office = units.create(admin, "武侯区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        accounts.create(admin, new NewAccount("sgb" + s, "王部长", office.id(), Set.of(Role.COUNTY_ADMIN), "Initial#2026pw", null, null));
        accounts.create(admin, new NewAccount("tj" + s, "李书记", community.id(), Set.of(Role.VILLAGE_STAFF), "Initial#2026pw", null, null));
        for (RegionCode v : admissions.villagesOf(RegionCode.of(CUJIN))) {
            villageLists.addAdmitted("browser-test", v, item, "社区基本情况统计", VillageWorkType.LAWFUL_ASSIST, today.minusDays(1), null);
        }
        String grid = TUANJIE + String.format("%03d", 100 + new java.util.Random().nextInt(800));
        grids.importGeoJson("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"%s","name":"团结网格%s",
                 "householdCount":450},"geometry":{"type":"Polygon","coordinates":[[[103.98,30.58],[103.981,30.58],[103.981,30.581],[103.98,30.581],[103.98,30.58]]]}}]}
                """.formatted(grid, s), Scope.PROVINCE);

        driver = Browser.start(1366, 768);
        // the department defines the form and pushes it to 簇锦街道's communities
        logIn("mzj" + s);
        driver.get(url("/burden/forms"));
        driver.findElement(By.id("form-title")).sendKeys("社区基本情况" + s);
        driver.findElement(By.id("period")).sendKeys("2026年第4季度");
        driver.findElement(By.id("targetRoot")).sendKeys(CUJIN);
        driver.findElement(By.id("form-item")).sendKeys(item);
        set("opensOn", today.toString());
        set("deadline", today.plusDays(7).toString());
        driver.findElement(By.id("fields")).sendKeys("households|户数|INTEGER|y|0||region.households\nstaff|社区工作者人数|INTEGER|y|0|500");
        driver.findElement(By.id("define-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("publish-submit"))).click();
        waiting().until(ExpectedConditions.textToBe(By.id("form-status"), "已下发"));
        String formUrl = driver.getCurrentUrl();
        long formId = Long.parseLong(formUrl.replaceAll(".*/burden/forms/(\\d+).*", "$1"));
        logOut();

        // the community finds it, households pre-filled from the grid data
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        logIn("tj" + s);
        driver.get(url("/burden/forms"));
        driver.findElement(By.id("fill-" + formId)).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("v-households")));
        assertThat(driver.findElement(By.id("v-households")).getAttribute("value")).isEqualTo("450");
        assertThat(driver.findElement(By.id("prefilled-households")).getText()).isEqualTo("平台已预填");
        driver.findElement(By.id("v-staff")).sendKeys("9");
        driver.findElement(By.id("fill-submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("fill-status"), "已报送"));
        assertThat(overflow()).isLessThanOrEqualTo(0);
        Browser.screenshot(driver, "burden-fill-phone");
        logOut();

        // the department returns it with a comment
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        logIn("mzj" + s);
        driver.get(formUrl);
        driver.findElement(By.id("comment-" + TUANJIE)).sendKeys("社区工作者人数与花名册不符，请核实");
        driver.findElement(By.id("return-" + TUANJIE)).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("#target-" + TUANJIE + " .target-status"), "已退回"));
        logOut();

        // the community corrects and resubmits
        logIn("tj" + s);
        driver.get(url("/burden/forms/" + formId + "/fill"));
        assertThat(driver.findElement(By.id("returned-comment")).getText()).contains("请核实");
        driver.findElement(By.id("v-staff")).clear();
        driver.findElement(By.id("v-staff")).sendKeys("11");
        driver.findElement(By.id("fill-submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("fill-status"), "已报送"));
        assertThat(driver.findElements(By.cssSelector("#versions li"))).hasSize(2);
        logOut();

        // the county department sees the aggregate with the corrected figure
        logIn("mzj" + s);
        driver.get(formUrl);
        assertThat(driver.findElement(By.id("total-households")).getText()).isEqualTo("450");
        assertThat(driver.findElement(By.id("total-staff")).getText()).isEqualTo("11");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        Browser.screenshot(driver, "burden-aggregate");
        logOut();

        // the county's social-work department sees the aggregate and the month's burden, on a phone
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        logIn("sgb" + s);
        driver.get(formUrl);
        assertThat(driver.findElement(By.id("total-staff")).getText()).isEqualTo("11");
        assertThat(driver.findElements(By.id("return-" + TUANJIE))).isEmpty();
        assertThat(overflow()).isLessThanOrEqualTo(0);
        driver.get(url("/burden"));
        assertThat(driver.findElement(By.id("burden-table")).getText()).as("the dashboard names the community").contains("簇锦街道团结社区").doesNotContain(TUANJIE);
        assertThat(overflow()).isLessThanOrEqualTo(0);
        Browser.screenshot(driver, "burden-dashboard-phone");
        for (String page : new String[] { "/burden/applications", "/burden/plaques", "/burden/certificates", "/burden/assessment" }) {
            driver.get(url(page));
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertThat(overflow()).as(page).isLessThanOrEqualTo(0);
        }
        logOut();

        // a citizen asks whether the community can issue a kinship certificate
        driver.get(url("/public/certificates?q=亲属关系"));
        assertThat(driver.findElement(By.cssSelector(".certificate strong")).getText()).isEqualTo("村（社区）不应出具");
        assertThat(driver.findElement(By.cssSelector(".lawful-route")).getText()).contains("公证");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        Browser.screenshot(driver, "burden-public-certificates-phone");
    }

    @Test
    void aDepartmentGivingUnadmittedWorkFromThePageSeesTheRuleAndAdmittedWorkGoesThrough() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String item = "PB-" + s.toUpperCase(java.util.Locale.ROOT);
        var admin = StaffFixtures.provinceAdmin();
        UnitView dept = units.create(admin, "武侯区卫健局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        accounts.create(admin, new NewAccount("wjj" + s, "赵科长", dept.id(), Set.of(Role.DEPARTMENT_HANDLER), "Initial#2026pw", null, null));
        Scope wuhou = Scope.of(RegionCode.of("510107000000"));
        java.time.Instant from = java.time.Instant.now().minusSeconds(5);
        long before = villageLists.refusals(wuhou, from, java.time.Instant.now().plusSeconds(3600));
        driver = Browser.start(1366, 768);
        logIn("wjj" + s);
        driver.get(url("/burden/applications"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("link-pushes"))).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("push-form")));
        driver.findElement(By.id("villageCode")).sendKeys(TUANJIE);
        driver.findElement(By.id("push-itemCode")).sendKeys(item);
        driver.findElement(By.id("what")).sendKeys("健康档案入户核对");
        Browser.submit(driver, driver.findElement(By.id("push-submit")));
        var refused = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("push-refused")));
        assertThat(refused.getAttribute("data-rule")).isEqualTo("duty.village.notAdmitted");
        assertThat(refused.getText()).contains("本次已拒绝并计数").contains("refused and counted");
        assertThat(villageLists.refusals(wuhou, from, java.time.Instant.now().plusSeconds(3600)) - before).isEqualTo(1);
        assertThat(overflow()).isLessThanOrEqualTo(0);
        Browser.screenshot(driver, "burden-push-refused-desktop");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        assertThat(overflow()).isLessThanOrEqualTo(0);
        Browser.screenshot(driver, "burden-push-refused-phone");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        villageLists.addAdmitted("browser-test", RegionCode.of(TUANJIE), item, "健康档案核对", VillageWorkType.LAWFUL_ASSIST,
                LocalDate.now(Deadline.ZONE).minusDays(1), null);
        // the refused entry stays in the form; submitting it again now goes through
        Browser.submit(driver, driver.findElement(By.id("push-submit")));
        var accepted = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("push-accepted")));
        assertThat(accepted.getText()).contains(item).contains("健康档案核对");
        assertThat(driver.findElements(By.id("push-refused"))).isEmpty();
    }
}
