package org.shegong.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
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
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.Grids;
import org.shegong.shell.Browser;
import org.shegong.shell.BrowserFailures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A grid worker on a phone-sized window opens their visit list, logs a visit with a photo and raises a need. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class CareBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    Grids grids;
    @Autowired
    CareRegistry registry;

    WebDriver phone;

    @AfterEach
    void quit() {
        if (phone != null) {
            phone.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static long overflow(WebDriver d) {
        return (Long) ((JavascriptExecutor) d)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    @Test
    void aGridWorkerOnAPhoneLogsAVisitWithAPhotoAndRaisesANeed() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        StaffPrincipal province = StaffFixtures.provinceAdmin();
        UnitView community = units.create(province, "玉林北路社区走访" + s, UnitKind.VILLAGE_COMMITTEE, "510107005001");
        String username = "bgw" + s;
        var account = accounts.create(province, new NewAccount(username, "网格员小李", community.id(), Set.of(Role.GRID_WORKER),
                "Care#Phone2026", null, null));
        StaffPrincipal villageStaff = StaffFixtures.staff(9_800_000L + Math.abs(s.hashCode() % 10000), "bvs" + s,
                community.id().value(), community.name(), UnitKind.VILLAGE_COMMITTEE, "510107005001", Role.VILLAGE_STAFF);
        String grid = CareFixtures.grid(grids, "510107005001", username);
        PersonView p = registry.register(villageStaff, new NewPerson("刘大爷" + s, "ELDERLY_ALONE", Risk.HIGH,
                CareFixtures.elderId(), null, "玉林北路8号", null, grid));
        registry.assign(villageStaff, p.id(), new AssignVisitor(VisitorKind.GRID_WORKER, username, null, null, null));
        Path photo = Files.createTempFile("visit", ".png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());

        phone = Browser.start(390, 844);
        Browser.logIn(phone, url(""), username, "Care#Phone2026");
        Browser.waiting(phone).until(ExpectedConditions.urlContains("/account/password"));
        phone.findElement(By.id("currentPassword")).sendKeys("Care#Phone2026");
        phone.findElement(By.id("newPassword")).sendKeys("Visit#Grid2026");
        phone.findElement(By.id("confirmPassword")).sendKeys("Visit#Grid2026");
        phone.findElement(By.id("password-submit")).click();
        Browser.waiting(phone).until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
        phone.get(url("/care/my"));
        Browser.waiting(phone).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.care-task")));
        assertThat(phone.findElement(By.cssSelector("a.care-task h3")).getText()).contains("独居老人", "刘大爷" + s);
        assertThat(overflow(phone)).isLessThanOrEqualTo(0);
        phone.findElement(By.cssSelector("a.care-task")).click();
        Browser.waiting(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-form")));
        assertThat(overflow(phone)).isLessThanOrEqualTo(0);
        phone.findElement(By.id("place")).sendKeys("刘大爷家中");
        phone.findElement(By.id("seen")).sendKeys("老人精神好，厨房燃气灶打火困难" + s);
        phone.findElement(By.id("needs")).sendKeys("希望有人帮忙修灶");
        phone.findElement(By.id("needDescription")).sendKeys("燃气灶需要维修" + s);
        phone.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
        Browser.submit(phone, phone.findElement(By.id("visit-submit")));
        Browser.waiting(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("visits"), "燃气灶打火困难" + s));
        assertThat(phone.findElement(By.cssSelector("#visits .visit")).getText()).contains("按时");
        assertThat(phone.findElement(By.cssSelector("#visits .visit a")).getAttribute("href")).contains("/photo");
        assertThat(phone.findElement(By.cssSelector("#needs .need")).getText()).contains("燃气灶需要维修" + s, "待转办");
        assertThat(phone.findElements(By.id("overdue-badge"))).isEmpty();
        assertThat(overflow(phone)).isLessThanOrEqualTo(0);
        Files.deleteIfExists(photo);
        PersonView after = registry.find(villageStaff, p.id());
        assertThat(after.visits()).singleElement().satisfies(v -> assertThat(v.hasPhoto()).isTrue());
        assertThat(after.needs()).singleElement().satisfies(n -> assertThat(n.status()).isEqualTo("OPEN"));
    }
}
