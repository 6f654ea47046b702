package org.shegong.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shegong.shell.Browser;
import org.shegong.shell.BrowserFailures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A leader opens 一屏统览 and drills from the province to a township, on a desktop and on a phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class OverviewBrowserTests {

    // 成都市新都区清流镇顺河社区: no other test files demands there
    static final String VILLAGE = "510114109003";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Overview overview;
    @Autowired
    Clock clock;

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
    void aLeaderOpensTheOverviewAndDrillsFromTheProvinceToATownship() {
        YearMonth month = YearMonth.now(clock.withZone(Overview.ZONE));
        for (int i = 1; i <= 4; i++) {
            jdbc.sql("""
                    insert into insight_demand (demand_id, region_code, category_code, month, received_at)
                    values (:id, :region, 'CJ-01', :month, :at) on conflict do nothing""")
                    .param("id", 9_171_000L + i).param("region", VILLAGE).param("month", Date.valueOf(month.atDay(1)))
                    .param("at", Timestamp.from(clock.instant())).update();
        }
        overview.refresh(month);
        driver = Browser.start(1366, 768);
        Browser.logIn(driver, url(""), "admin", "Shegong#Test2026");

        driver.get(url("/"));
        driver.findElement(By.linkText("一屏统览")).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("areas")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("四川省");
        Browser.waiting(driver).until(d -> "true".equals(d.findElement(By.id("overview-map")).getAttribute("data-ready")));
        assertThat(driver.findElement(By.id("overview-map")).getAttribute("data-kind")).as("the province as an outline map")
                .isEqualTo("map");
        assertThat(driver.findElements(By.cssSelector("#tiles [data-tile]"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(horizontalOverflow()).isLessThanOrEqualTo(0L);
        Browser.screenshot(driver, "overview-province-1366");

        for (String area : new String[] { "成都市", "新都区", "清流镇" }) {
            driver.findElement(By.cssSelector("#areas")).findElement(By.linkText(area)).click();
            Browser.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), area));
            if (area.equals("成都市")) {
                // a city's counties as outlines; a county's townships (no outlines) as a ranked treemap
                Browser.waiting(driver).until(d -> "map".equals(d.findElement(By.id("overview-map")).getAttribute("data-kind")));
                Browser.screenshot(driver, "overview-city-1366");
            } else if (area.equals("新都区")) {
                Browser.waiting(driver).until(d -> "treemap".equals(d.findElement(By.id("overview-map")).getAttribute("data-kind")));
            }
        }
        assertThat(driver.findElement(By.id("kpi-received")).getText()).contains("4");
        assertThat(driver.findElement(By.id("trail")).getText()).contains("四川省", "成都市", "新都区", "清流镇");
        assertThat(driver.findElement(By.id("hotspot-figures")).getText()).doesNotContain("CJ-01");
        Browser.screenshot(driver, "overview-township-1366");

        driver.findElement(By.id("trail")).findElement(By.linkText("新都区")).click();
        Browser.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "新都区"));

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(url("/overview"));
        Browser.waiting(driver).until(d -> "true".equals(d.findElement(By.id("overview-map")).getAttribute("data-ready")));
        assertThat(horizontalOverflow()).isLessThanOrEqualTo(0L);
        Browser.screenshot(driver, "overview-province-390");

        // one screen for leaders: at 1920×1080 the map, the figures and the tiles fit without scrolling sideways
        driver.manage().window().setSize(new Dimension(1920, 1080));
        driver.get(url("/overview"));
        Browser.waiting(driver).until(d -> "map".equals(d.findElement(By.id("overview-map")).getAttribute("data-kind")));
        assertThat(horizontalOverflow()).isLessThanOrEqualTo(0L);
        Browser.screenshot(driver, "overview-province-1920");
    }

    private Long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }
}
