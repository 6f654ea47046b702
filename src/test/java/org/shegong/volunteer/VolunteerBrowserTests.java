package org.shegong.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * A volunteer on a phone-sized window registers, signs up, checks in and out by the QR link the organizer shows; the
 * organizer confirms the hours; the volunteer downloads the certificate and verifies it on the public page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    OrganizationManagement organizations;
    @Autowired
    ActivityManagement activities;
    @Autowired
    Clock clock;

    WebDriver phone;
    WebDriver desk;

    @AfterEach
    void quit() {
        if (phone != null) {
            phone.quit();
        }
        if (desk != null) {
            desk.quit();
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
    void aVolunteerSignsUpChecksInByQrGetsHoursConfirmedAndVerifiesTheCertificate() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        UnitView office = units.create(province, "玉林街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        accounts.create(province, new NewAccount("zyz" + s, "李组织", office.id(), Set.of(Role.TOWNSHIP_STAFF), "Initial#2026pw",
                null, null));
        var organizer = StaffFixtures.staff(0, "zyz" + s, office.id().value(), office.name(), UnitKind.TOWNSHIP_OFFICE, "510107005000",
                Role.TOWNSHIP_STAFF);
        OrganizationView team = organizations.register(organizer, "玉林志愿服务队" + s);
        organizations.decide(StaffFixtures.provinceAdmin(), team.id(), true, "");
        Instant start = clock.instant().plus(Duration.ofDays(1));
        ActivityView a = activities.create(organizer, new NewActivity(team.id(), "敬老院陪伴" + s, "陪老人聊天、读报",
                "510107005001", "玉林敬老院", Risk.LOW, false, null, "陪伴,读报",
                List.of(new NewActivity.Shift("陪伴员", null, start, start.plus(Duration.ofHours(3)), 5))));
        long shift = a.shifts().get(0).id();

        phone = Browser.start(390, 844);
        phone.get(url("/volunteer/register"));
        phone.findElement(By.id("name")).sendKeys("周小燕");
        phone.findElement(By.id("idNumber")).sendKeys("510107199001011234");
        phone.findElement(By.id("mobile")).sendKeys(VolunteerFixtures.mobile());
        phone.findElement(By.id("password")).sendKeys("Volunteer2026");
        phone.findElement(By.id("register-submit")).click();
        // a wrong check digit is refused with the reason, and the form keeps what was typed
        Browser.waiting(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("form-error")));
        assertThat(phone.findElement(By.id("form-error")).getText()).contains("校验");
        assertThat(phone.findElement(By.id("name")).getAttribute("value")).isEqualTo("周小燕");
        phone.findElement(By.id("idNumber")).clear();
        phone.findElement(By.id("idNumber")).sendKeys(VolunteerFixtures.adultId());
        phone.findElement(By.id("password")).sendKeys("Volunteer2026");
        new Select(phone.findElement(By.id("regionCode"))).selectByValue("510107000000");
        phone.findElement(By.id("community")).sendKeys("玉林街道玉林北路社区");
        phone.findElement(By.id("skills")).sendKeys("陪伴，读报");
        phone.findElement(By.id("avail-WEEKEND")).click();
        phone.findElement(By.id("register-submit")).click();
        Browser.waiting(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("volunteer-number")));
        assertThat(phone.findElement(By.id("volunteer-number")).getText()).startsWith("ZY510107");
        Browser.screenshot(phone, "volunteer-me");
        assertThat(overflow(phone)).isLessThanOrEqualTo(0);

        phone.get(url("/volunteer/activities/" + a.id()));
        assertThat(overflow(phone)).isLessThanOrEqualTo(0);
        Browser.screenshot(phone, "volunteer-activity");
        phone.findElement(By.id("signup-shift-" + shift)).click();
        Browser.waiting(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-up"), "已录用"));

        desk = Browser.start(1280, 900);
        Browser.logIn(desk, url(""), "zyz" + s, "Initial#2026pw");
        Browser.waiting(desk).until(ExpectedConditions.urlContains("/account/password"));
        desk.findElement(By.id("currentPassword")).sendKeys("Initial#2026pw");
        desk.findElement(By.id("newPassword")).sendKeys("Organize#Work2026");
        desk.findElement(By.id("confirmPassword")).sendKeys("Organize#Work2026");
        desk.findElement(By.id("password-submit")).click();
        Browser.waiting(desk).until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
        desk.get(url("/volunteering/activities/" + a.id()));
        desk.findElement(By.id("qr-in-" + shift)).click();
        String checkIn = Browser.waiting(desk).until(ExpectedConditions.presenceOfElementLocated(By.id("qr-link-" + shift)))
                .getAttribute("href");
        assertThat(desk.findElement(By.cssSelector("#qr-" + shift + " img")).getAttribute("src")).startsWith("data:image/png;base64,");
        Browser.screenshot(desk, "volunteer-organizer-qr");

        phone.get(checkIn);
        phone.findElement(By.id("attend-submit")).click();
        Browser.waiting(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("attend-done"), "签到成功"));
        // the same code again is refused
        phone.get(checkIn);
        phone.findElement(By.id("attend-submit")).click();
        Browser.waiting(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-error"), "不能重复"));

        desk.findElement(By.id("qr-out-" + shift)).click();
        Browser.waiting(desk).until(d -> d.findElement(By.id("qr-link-" + shift)).getAttribute("href").contains(".O."));
        String checkOut = desk.findElement(By.id("qr-link-" + shift)).getAttribute("href");
        phone.get(checkOut);
        phone.findElement(By.id("attend-submit")).click();
        Browser.waiting(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("attend-done"), "签退成功"));

        desk.get(url("/volunteering/activities/" + a.id()));
        desk.findElement(By.cssSelector("input[name='hours']")).sendKeys("2.5");
        desk.findElement(By.cssSelector("form[action*='/confirm'] input[name='note']")).sendKeys("按排班核定");
        desk.findElement(By.cssSelector("button[id^='confirm-']")).click();
        Browser.waiting(desk).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("span[id^='attendance-']"), "已确认"));

        phone.get(url("/volunteer/me"));
        assertThat(phone.findElement(By.id("confirmed-hours")).getText()).isEqualTo("2.5");
        phone.findElement(By.cssSelector(".attendance a")).click();
        Browser.waiting(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        assertThat(phone.findElement(By.id("history")).getText())
                .as("the volunteer sees every change of the record, in words").contains("扫码签到", "扫码签退", "组织方确认时长", "按排班核定");
        phone.get(url("/volunteer/me"));
        phone.findElement(By.id("request-certificate-" + team.id())).click();
        Browser.waiting(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("issued")));
        var link = phone.findElement(By.cssSelector("a.certificate-link"));
        String number = link.getText();
        String session = phone.manage().getCookieNamed("SESSION").getValue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        phone.get(url("/public/volunteer/certificates/" + number));
        assertThat(phone.findElement(By.id("verification-result")).getText()).contains("证明有效");
        assertThat(phone.findElement(By.id("verified-hours")).getText()).isEqualTo("2.5");
        Browser.screenshot(phone, "volunteer-verify");
        assertThat(phone.findElement(By.id("verification")).getText()).doesNotContain("周小燕").contains("周**");
        assertThat(overflow(phone)).isLessThanOrEqualTo(0);
        phone.get(url("/public/volunteer/certificates/" + number.substring(0, number.length() - 1)
                + (number.endsWith("0") ? "1" : "0")));
        assertThat(phone.findElement(By.id("verification-result")).getText()).contains("可能被改动");
    }
}
