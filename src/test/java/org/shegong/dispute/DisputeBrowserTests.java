package org.shegong.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shegong.Role;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.shegong.shell.Browser;
import org.shegong.shell.BrowserFailures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A village mediator records a mediation in the browser — consent of both parties, a session, an agreement refused
 * without terms and then written — and downloads the agreement: a PDF naming both parties.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserFailures.class)
class DisputeBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    DisputeRegister register;
    @Autowired
    Committees committees;
    @Autowired
    Grids grids;
    @Autowired
    Clock clock;

    WebDriver desk;

    @AfterEach
    void quit() {
        if (desk != null) {
            desk.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aMediatorRecordsAMediationToAnAgreementPdf() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String village = grids.inTownship(RegionCode.of("510107005000")).get(0).villageCode().value();
        StaffPrincipal mediator = DisputeFixtures.staff(units, accounts, "tjb" + s, "调解浏览社区" + s, UnitKind.VILLAGE_COMMITTEE,
                village, Role.VILLAGE_STAFF);
        StaffPrincipal township = DisputeFixtures.staff(units, accounts, "tjbt" + s, "调解浏览街道" + s, UnitKind.TOWNSHIP_OFFICE,
                "510107005000", Role.TOWNSHIP_STAFF);
        committees.create(township, village, "浏览调委会" + s, DisputeFixtures.members(s), LocalDate.now(clock));
        String first = "欧阳" + s;
        String second = "司马" + s;
        DisputeView d = register.register(mediator, new NewDispute(DisputeKind.PROPERTY, "物业费与停车位纠纷" + s, village,
                "3栋", Risk.LOW, DisputeSource.WALK_IN, null,
                List.of(new NewDispute.Party(first, DisputeFixtures.residentId()), new NewDispute.Party(second, null)), null));

        desk = Browser.start(1366, 768);
        Browser.logIn(desk, url(""), "tjb" + s, "Dispute#2026ok");
        if (desk.getCurrentUrl().contains("/account/password")) {
            desk.findElement(By.id("currentPassword")).sendKeys("Dispute#2026ok");
            desk.findElement(By.id("newPassword")).sendKeys("Mediate#Village2026");
            desk.findElement(By.id("confirmPassword")).sendKeys("Mediate#Village2026");
            desk.findElement(By.id("password-submit")).click();
            Browser.waiting(desk).until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
        }
        desk.get(url("/disputes/" + d.id()));
        for (String party : List.of("1", "2")) {
            new org.openqa.selenium.support.ui.Select(desk.findElement(By.id("consent-party"))).selectByValue(party);
            new org.openqa.selenium.support.ui.Select(desk.findElement(By.id("consent-answer"))).selectByValue("GIVEN");
            Browser.submit(desk, desk.findElement(By.id("consent-submit")));
        }
        assertThat(desk.findElement(By.id("consent-2")).getText()).isEqualTo("同意调解");
        Browser.submit(desk, desk.findElement(By.id("start-submit")));
        assertThat(desk.findElement(By.id("status")).getText()).isEqualTo("调解中");
        assertThat(desk.findElement(By.id("mediation-due")).getText()).isNotBlank();

        desk.findElement(By.id("mediators")).sendKeys("王调解员");
        desk.findElement(By.id("notes")).sendKeys("双方同意按面积分摊车位费用");
        Browser.submit(desk, desk.findElement(By.id("session-submit")));
        assertThat(desk.findElement(By.id("mediation")).getText()).contains("双方同意按面积分摊车位费用");

        // an agreement without terms is refused in both languages and the form comes back
        desk.findElement(By.id("performanceWay")).sendKeys("银行转账");
        ((JavascriptExecutor) desk).executeScript("document.getElementById('performBy').value = arguments[0];",
                LocalDate.now(clock).plusDays(14).toString());
        Browser.submit(desk, desk.findElement(By.id("agreement-submit")));
        assertThat(desk.findElement(By.id("form-error")).getText()).contains("协议内容").contains("terms");
        assertThat(desk.findElement(By.id("status")).getText()).isEqualTo("调解中");

        desk.findElement(By.id("terms")).sendKeys("司马某于两周内补缴物业费1200元，车位按约定轮换使用");
        desk.findElement(By.id("performanceWay")).sendKeys("银行转账");
        ((JavascriptExecutor) desk).executeScript("document.getElementById('performBy').value = arguments[0];",
                LocalDate.now(clock).plusDays(14).toString());
        Browser.submit(desk, desk.findElement(By.id("agreement-submit")));
        assertThat(desk.findElement(By.id("status")).getText()).isEqualTo("已达成协议");
        Browser.screenshot(desk, "dispute-agreement");

        String href = desk.findElement(By.id("agreement-pdf")).getAttribute("href");
        String session = desk.manage().getCookieNamed("SESSION").getValue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains(first, second, "补缴物业费1200元", "银行转账");
        }

        desk.findElement(By.id("partiesSigned")).click();
        desk.findElement(By.id("mediatorSigned")).click();
        desk.findElement(By.id("sealed")).click();
        Browser.submit(desk, desk.findElement(By.id("signing-submit")));
        assertThat(desk.findElement(By.id("status")).getText()).isEqualTo("协议已生效");
        assertThat(desk.findElement(By.id("settled-level")).getText()).isEqualTo("村（社区）");
        assertThat(desk.findElement(By.id("confirmation-due")).getText()).isNotBlank();

        // the same pages on a phone: nothing wider than the screen
        desk.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        desk.get(url("/disputes/" + d.id()));
        Browser.screenshot(desk, "dispute-phone");
        assertThat(overflow(desk)).isLessThanOrEqualTo(0);
        desk.get(url("/disputes/screenings"));
        assertThat(overflow(desk)).isLessThanOrEqualTo(0);
    }

    private static long overflow(WebDriver d) {
        return (Long) ((JavascriptExecutor) d)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }
}
