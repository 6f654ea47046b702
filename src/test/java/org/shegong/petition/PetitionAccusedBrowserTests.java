package org.shegong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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

/**
 * 信访工作条例 §30 ¶3, §46 in the browser: the officer names the accused staff member at registration by typing a name
 * (never an account id); the named person then finds nothing, and has no petition entry in their navigation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PetitionAccusedBrowserTests {

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

    /** Signs in for the first time (the forced password change) and waits until the browser has left both pages. */
    private void logInFirstTime(String username) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("Initial#2026pw");
        driver.findElement(By.id("login-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.urlContains("/account/password"));
        driver.findElement(By.id("currentPassword")).sendKeys("Initial#2026pw");
        driver.findElement(By.id("newPassword")).sendKeys("Petition#Work2026");
        driver.findElement(By.id("confirmPassword")).sendKeys("Petition#Work2026");
        driver.findElement(By.id("password-submit")).click();
        Browser.waiting(driver).until(d -> !URI.create(d.getCurrentUrl()).getPath().startsWith("/account/password")
                && !URI.create(d.getCurrentUrl()).getPath().equals("/login"));
    }

    private void logOut() {
        driver.findElement(By.id("logout")).click();
        Browser.waiting(driver).until(ExpectedConditions.urlContains("/login?logout"));
    }

    @Test
    void theOfficerNamesTheAccusedByNameAtRegistrationAndTheAccusedFindsNothing() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var admin = StaffFixtures.provinceAdmin();
        UnitView bureau = units.create(admin, "武侯区信访局" + s, UnitKind.GOVERNMENT, "510107000000");
        UnitView housing = units.create(admin, "武侯区住房和城乡建设局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        accounts.create(admin, new NewAccount("xf" + s, "王信访", bureau.id(), Set.of(Role.PETITION_OFFICER), "Initial#2026pw", null, null));
        var accused = accounts.create(admin, new NewAccount("kz" + s, "钱科长" + s, housing.id(), Set.of(Role.DEPARTMENT_HANDLER),
                "Initial#2026pw", null, null));
        driver = Browser.start(1280, 900);

        logInFirstTime("xf" + s);
        driver.get(url("/petitions"));
        driver.findElement(By.id("nav-petition-new")).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("accused-q")));
        new Select(driver.findElement(By.id("channel"))).selectByValue("LETTER");
        driver.findElement(By.id("name-0")).sendKeys("匿名群众");
        driver.findElement(By.id("matter")).sendKeys("区住建局某科长" + s + "在审批中索要好处费");
        new Select(driver.findElement(By.id("category"))).selectByValue("ACCUSATION");
        driver.findElement(By.id("accused-q")).sendKeys("钱科长" + s);
        By pick = By.cssSelector("#accused-candidates input[name='accusedPersons'][value='" + accused.id() + "']");
        Browser.waiting(driver).until(ExpectedConditions.elementToBeClickable(pick));
        assertThat(driver.findElement(By.id("accused-candidates")).getText()).contains("钱科长" + s).contains(housing.name());
        driver.findElement(pick).click();
        driver.findElement(By.id("petition-submit")).click();
        Browser.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("case-number")));
        String caseNumber = driver.findElement(By.id("case-number")).getText();
        String caseUrl = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("kz" + s);
        logOut();

        logInFirstTime("kz" + s);
        assertThat(driver.findElements(By.id("nav-petition-new"))).isEmpty();
        driver.get(url("/petitions?q=" + s));
        assertThat(driver.findElement(By.id("petition-table")).getText()).doesNotContain(caseNumber);
        driver.get(caseUrl);
        assertThat(driver.getPageSource()).doesNotContain(caseNumber).doesNotContain("匿名群众");
    }
}
