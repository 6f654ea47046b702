package org.shegong.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shegong.Role;
import java.util.Set;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.NewAccount;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.region.Grids;
import org.shegong.shell.Browser;
import org.shegong.shell.BrowserFailures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Township staff open the visit map on a phone and on a desk: the chart is drawn, the tooltip names the grid (escaped
 * markup stays text) with its overdue count, and nothing overflows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class CareMapBrowserTests {

    static final String EVIL = "<img src=x onerror=window.__mapc=1>O'Neil&";

    @LocalServerPort
    int port;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    Grids grids;
    @Autowired
    JdbcClient jdbc;

    WebDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theMapIsDrawnOnAPhoneAndADeskWithEscapedTooltips() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String name = EVIL + "走访地图网格" + s;
        String grid = grid("510107005001", name);
        jdbc.sql("""
                INSERT INTO care_person (name, group_code, risk, resident_id_cipher, resident_id_index, resident_id_masked,
                  birth_year, village_code, township_code, region_code, responsible_unit_id, visit_days, next_due_at,
                  active, created_by, created_at)
                VALUES ('地图浏览', 'ELDERLY_ALONE', 'NORMAL', :cipher, :index, '5101**********0000', 1940, '510107005001',
                  '510107005000', :grid, 1, 7, now() - interval '2 days', true, 'map-browser', now())""")
                .param("cipher", new byte[] {1}).param("index", "mapb-" + s).param("grid", grid).update();
        var unit = units.create(StaffFixtures.provinceAdmin(), "走访地图街道" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        accounts.create(StaffFixtures.provinceAdmin(), new NewAccount("cmap" + s, "走访地图" + s, unit.id(),
                Set.of(Role.TOWNSHIP_STAFF), "Care#Map2026ok", null, null));

        driver = Browser.start(390, 844);
        String base = "http://localhost:" + port;
        Browser.logIn(driver, base, "cmap" + s, "Care#Map2026ok");
        if (driver.getCurrentUrl().contains("/account/password")) {
            driver.findElement(By.id("currentPassword")).sendKeys("Care#Map2026ok");
            driver.findElement(By.id("newPassword")).sendKeys("MapView#Town2026");
            driver.findElement(By.id("confirmPassword")).sendKeys("MapView#Town2026");
            driver.findElement(By.id("password-submit")).click();
            Browser.waiting(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
        }
        driver.get(base + "/care/statistics");
        driver.findElement(By.id("map-link")).click();
        drawnAndEscaped(grid, name);
        assertThat(driver.findElement(By.cssSelector("#map-table tr[data-grid='" + grid + "']")).getText())
                .contains(name, "1");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        driver.navigate().refresh();
        drawnAndEscaped(grid, name);
    }

    private void drawnAndEscaped(String grid, String name) {
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#stat-chart[data-ready='true'] canvas")));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("echarts.getInstanceByDom(document.getElementById('stat-chart'))"
                + ".dispatchAction({type: 'showTip', seriesIndex: 0, name: arguments[0]});", grid);
        Browser.waiting(driver).until(d -> String.valueOf(js.executeScript(
                "return document.getElementById('stat-chart').textContent;")).contains(name));
        String tip = String.valueOf(js.executeScript("return document.getElementById('stat-chart').textContent;"));
        assertThat(tip).contains("逾期：1", "对象：1");
        assertThat(js.executeScript("return document.querySelectorAll('#stat-chart img').length;")).isEqualTo(0L);
        assertThat(js.executeScript("return window.__mapc === undefined;")).isEqualTo(true);
        assertThat((Long) js.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).isLessThanOrEqualTo(0);
        Browser.screenshot(driver, "care-map-" + driver.manage().window().getSize().getWidth());
    }

    private String grid(String village, String name) {
        return org.shegong.care.CareFixtures.testGrid(grids, village, name, "");
    }
}
