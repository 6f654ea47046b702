package org.shegong.partybuilding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shegong.Role;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.NewAccount;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.shell.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartyBuildingBrowserTests {

    static final String XIQU = "510403000000";
    static final String QINGXIANGPING = "510403001000";

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

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static double rate(String shown) {
        return shown.equals("—") ? 0 : Double.parseDouble(shown.replace("%", ""));
    }

    @Test
    void aCountyImportsItsEnterprisesFormsAJointBranchAndSeesTheCoverageRise() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        UnitView county = units.create(StaffFixtures.provinceAdmin(), "西区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, XIQU);
        UnitView commerce = units.create(StaffFixtures.provinceAdmin(), "西区商务局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, XIQU);
        accounts.create(StaffFixtures.provinceAdmin(), new NewAccount("xiqu" + s, "西区管理员", county.id(),
                Set.of(Role.COUNTY_ADMIN), "Xiqu#Party2026", null, null));
        List<String> codes = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String code = PartyBuildingFixtures.creditCode(XIQU);
            codes.add(code);
            rows.add(PartyBuildingFixtures.row(code, "西区小微商贸<b>" + i + "</b>" + s, commerce.id().value(), QINGXIANGPING, 1));
        }
        Path xlsx = Files.createTempFile("xiqu", ".xlsx");
        Files.write(xlsx, PartyBuildingFixtures.workbook(rows));

        driver = Browser.start(1280, 900);
        Browser.logIn(driver, url(""), "xiqu" + s, "Xiqu#Party2026");
        // a new account sets its own password first
        Browser.waiting(driver).until(ExpectedConditions.urlContains("/account/password"));
        driver.findElement(By.id("currentPassword")).sendKeys("Xiqu#Party2026");
        driver.findElement(By.id("newPassword")).sendKeys("Xiqu#Coverage2026");
        driver.findElement(By.id("confirmPassword")).sendKeys("Xiqu#Coverage2026");
        driver.findElement(By.id("password-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
        driver.findElement(By.cssSelector("a[href='/partybuilding']")).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("total-operating")));
        long operatingBefore = Long.parseLong(text("total-operating"));

        driver.findElement(By.id("import-file")).sendKeys(xlsx.toAbsolutePath().toString());
        driver.findElement(By.id("import-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(text("notice")).contains("4");
        assertThat(Long.parseLong(text("total-operating"))).isEqualTo(operatingBefore + 4);
        double afterImport = rate(text("total-org-rate"));
        // the names were escaped, not interpreted
        assertThat(driver.findElement(By.id("gaps")).getText()).contains("西区小微商贸<b>0</b>" + s);

        driver.findElement(By.id("joint-name")).sendKeys("清香坪小微企业联合党支部" + s);
        driver.findElement(By.id("joint-units")).sendKeys(codes.get(0) + "\n" + codes.get(1) + "\n" + codes.get(2));
        driver.findElement(By.id("joint-members")).sendKeys("X" + s + "1,张一," + codes.get(0) + "\nX" + s + "2,张二,"
                + codes.get(1) + "\nX" + s + "3,张三," + codes.get(2));
        driver.findElement(By.id("joint-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "清香坪小微企业联合党支部"));
        double afterBranch = rate(text("total-org-rate"));
        // three more units of the county are organized: the rate rises by 3 / operating
        long operating = Long.parseLong(text("total-operating"));
        assertThat(afterBranch).isGreaterThan(afterImport);
        assertThat(afterBranch - afterImport).isCloseTo(300.0 / operating, org.assertj.core.data.Offset.offset(0.11));
        String row = driver.findElement(By.cssSelector("#by-region tr[data-region='" + QINGXIANGPING + "']")).getText();
        assertThat(row).contains("清香坪街道");
        Browser.waiting(driver).until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("coverage-chart")),
                "data-loaded"));
        assertThat(driver.findElements(By.cssSelector("#coverage-chart canvas"))).isNotEmpty();
        Browser.screenshot(driver, "partybuilding-dashboard");
        Files.deleteIfExists(xlsx);
    }
}
