package org.shegong.gridfusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import org.shegong.identity.UnitView;
import org.shegong.region.Grids;
import org.shegong.region.Scope;
import org.shegong.shell.Browser;
import org.shegong.shell.BrowserFailures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 丹棱县 (511424) takes in its 城管 layer: the administrator uploads the file, sees the fit map with the differences,
 * accepts the suggested mapping and sees the county's fusion figure rise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class GridFusionBrowserTests {

    static final String COUNTY = "511424000000";
    /** 青神县: the worker's test keeps its grid out of 丹棱县, whose grids the fit test counts. */
    static final String QINGSHEN = "511425000000";

    @LocalServerPort
    int port;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    Grids grids;
    @Autowired
    org.shegong.duty.VillageWorkLists villageLists;
    @Autowired
    InspectionManagement inspections;

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

    private static double percent(String shown) {
        return Double.parseDouble(shown.replace("%", "").strip());
    }

    private static String box(String code, String name, double x1, double x2) {
        return String.format(Locale.ROOT, """
                {"type":"Feature","properties":{"code":"%s","name":"%s"},
                 "geometry":{"type":"Polygon","coordinates":[[[%f,30.00],[%f,30.00],[%f,30.01],[%f,30.01],[%f,30.00]]]}}""",
                code, name, x1, x2, x2, x1, x1);
    }

    @Test
    void anAdministratorUploadsADepartmentsLayerSeesTheFitAcceptsTheMappingAndTheFusionFigureRises() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        grids.importGeoJson("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",",
                box("511424102001001", "里仁一网格", 103.50, 103.51), box("511424102001002", "里仁二网格", 103.51, 103.52),
                box("511424102002001", "双桥一网格", 103.52, 103.53)) + "]}", Scope.PROVINCE);
        UnitView office = units.create(StaffFixtures.provinceAdmin(), "丹棱县委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, COUNTY);
        accounts.create(StaffFixtures.provinceAdmin(), new NewAccount("dl" + s, "丹棱管理员", office.id(), Set.of(Role.COUNTY_ADMIN),
                "Danling#Grid2026", null, null));
        Path file = Files.createTempFile("chengguan", ".geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",",
                box("CG-1", "城管<b>一</b>", 103.50, 103.516), box("CG-2", "城管二", 103.516, 103.525)) + "]}", StandardCharsets.UTF_8);

        driver = Browser.start(1366, 900);
        Browser.logIn(driver, url(""), "dl" + s, "Danling#Grid2026");
        Browser.waiting(driver).until(ExpectedConditions.urlContains("/account/password"));
        driver.findElement(By.id("currentPassword")).sendKeys("Danling#Grid2026");
        driver.findElement(By.id("newPassword")).sendKeys("Danling#Fusion2026");
        driver.findElement(By.id("confirmPassword")).sendKeys("Danling#Fusion2026");
        driver.findElement(By.id("password-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
        driver.findElement(By.id("nav-grid-layers")).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("upload-layer")));
        assertThat(driver.findElement(By.id("layer-county")).getAttribute("value")).isEqualTo(COUNTY);

        driver.findElement(By.id("layer-department")).sendKeys("丹棱县综合行政执法局<i>" + s);
        driver.findElement(By.id("layer-name")).sendKeys("城管网格" + s);
        driver.findElement(By.id("layer-file")).sendKeys(file.toAbsolutePath().toString());
        Browser.submit(driver, driver.findElement(By.id("upload-submit")));
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("fit-map")));

        // CG-1 holds all of 里仁一 and 60 % of 里仁二: 1e-4 of the layer's 2.5e-4 deg² lies in a whole unified grid
        double fit = percent(text("fit-figure"));
        assertThat(fit).isEqualTo(40.0);
        assertThat(percent(text("fusion-figure"))).isEqualTo(40.0);
        assertThat(text("crossing-count")).isEqualTo("1");
        // both layers and the differences are drawn; names are data, escaped
        assertThat(driver.findElements(By.cssSelector("#fit-map path.fit-unified"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("#fit-map path.fit-departmental"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#fit-map path.fit-crossing"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#fit-map path.fit-uncovered"))).hasSize(1);
        assertThat(driver.getPageSource()).doesNotContain("<i>" + s).doesNotContain("<b>一</b>");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("丹棱县综合行政执法局<i>" + s);
        assertThat(driver.findElement(By.id("fit-grids")).getText()).contains("城管<b>一</b>");
        Browser.screenshot(driver, "gridfusion-fit");

        Browser.submit(driver, driver.findElement(By.id("accept-suggested")));
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("mapping-saved")));
        assertThat(percent(text("fusion-figure"))).isEqualTo(100.0);
        assertThat(driver.findElements(By.cssSelector("#fit-grids .mapped"))).extracting(e -> e.getText())
                .containsExactly("511424102001001 511424102001002", "511424102002001");

        driver.findElement(By.id("nav-grid-layers")).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("county-" + COUNTY)));
        var row = driver.findElement(By.id("county-" + COUNTY));
        assertThat(percent(row.findElement(By.className("fusion-figure")).getText())).isEqualTo(100.0);
        assertThat(percent(row.findElement(By.className("fit-figure")).getText())).isEqualTo(fit);
        Browser.screenshot(driver, "gridfusion-layers");

        // the phone: nothing overflows sideways
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        driver.navigate().back();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("fit-map")));
        long overflow = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Browser.screenshot(driver, "gridfusion-fit-phone");
        assertThat(overflow).isLessThanOrEqualTo(0);
    }

    @Test
    void aGridWorkerOnAPhoneSeesTheInspectionADepartmentPushedAndMarksItDone() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String village = "511425102001", grid = village + "001";
        UnitView committee = units.create(StaffFixtures.provinceAdmin(), "青神县村委会" + s, UnitKind.VILLAGE_COMMITTEE, village);
        accounts.create(StaffFixtures.provinceAdmin(), new NewAccount("xy" + s, "雄义网格员", committee.id(), Set.of(Role.GRID_WORKER),
                "Xiongyi#Grid2026", null, null));
        grids.importGeoJson(String.format(Locale.ROOT, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"%s","name":"雄义一网格",
                 "workers":[{"name":"雄义网格员","phone":"13700002222","account":"xy%s"}]},
                 "geometry":{"type":"Polygon","coordinates":[[[103.60,30.10],[103.61,30.10],[103.61,30.11],[103.60,30.11],[103.60,30.10]]]}}]}""",
                grid, s), Scope.PROVINCE);
        String item = ("AQ-" + s).toUpperCase(Locale.ROOT);
        villageLists.add(StaffFixtures.provinceAdmin(), org.shegong.region.RegionCode.of(village), item, "安全隐患排查",
                org.shegong.duty.VillageWorkType.LAWFUL_ASSIST, java.util.List.of("ZF-01"), java.time.LocalDate.now().minusDays(1));
        UnitView bureau = units.create(StaffFixtures.provinceAdmin(), "青神县应急管理局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, QINGSHEN);
        inspections.push(StaffFixtures.staff(0, "yj" + s, bureau.id().value(), bureau.name(), UnitKind.FUNCTIONAL_DEPARTMENT, QINGSHEN,
                Role.DEPARTMENT_HANDLER), new PushInspection(item, "汛期<b>危房</b>巡查" + s, grid, null, java.time.LocalDate.now().plusDays(2)));

        driver = Browser.start(390, 844);
        Browser.logIn(driver, url(""), "xy" + s, "Xiongyi#Grid2026");
        Browser.waiting(driver).until(ExpectedConditions.urlContains("/account/password"));
        driver.findElement(By.id("currentPassword")).sendKeys("Xiongyi#Grid2026");
        driver.findElement(By.id("newPassword")).sendKeys("Xiongyi#Tasks2026");
        driver.findElement(By.id("confirmPassword")).sendKeys("Xiongyi#Tasks2026");
        driver.findElement(By.id("password-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
        driver.get(url("/grid/tasks"));
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid-tasks li")));
        var task = driver.findElement(By.cssSelector("#grid-tasks li[data-kind='gridfusion.task.inspection']"));
        assertThat(task.getText()).contains("汛期<b>危房</b>巡查" + s, "部门巡查任务", grid);
        long overflow = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Browser.screenshot(driver, "gridfusion-tasks-phone");
        assertThat(overflow).isLessThanOrEqualTo(0);

        Browser.submit(driver, task.findElement(By.tagName("a")));
        driver.findElement(By.id("inspection-note")).sendKeys("已排查，无危房");
        Browser.submit(driver, driver.findElement(By.id("inspection-done")));
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("task-done")));
        assertThat(driver.findElements(By.cssSelector("#grid-tasks li[data-kind='gridfusion.task.inspection']"))).isEmpty();
    }
}
