package org.shegong.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.shegong.demand.DemandId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.shegong.demand.CallBackRecorded;
import org.shegong.demand.Channel;
import org.shegong.demand.DemandDispatched;
import org.shegong.demand.DemandKind;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.Satisfaction;
import org.shegong.demand.SubmitDemand;
import org.shegong.demand.WorkOrderAccepted;
import org.shegong.duty.CategoryCatalogue;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.NewAccount;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.notify.Inbox;
import org.shegong.petition.Category;
import org.shegong.petition.PetitionManagement;
import org.shegong.petition.RegisterPetition;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stored XSS (issue 10): hostile text in every stored field an outsider or a township can set, then every page an
 * administrator sees, with chart tooltips shown. Nothing may run, and the CSP must not have to block anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileNamesBrowserTests {

    static final String IMG = "x<img src=x onerror=\"window.__xss=1\">";
    static final String SCRIPT = "</script><script>window.__xss=1</script>";
    static final String HOSTILE = "O'Neil" + IMG + SCRIPT;

    /** Collects CSP violations from the first moment of every document; the page's own CSP does not apply to it. */
    static final String WATCH = """
            window.__csp = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
            """;

    @LocalServerPort
    int port;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    CategoryCatalogue categories;
    @Autowired
    Grids grids;
    @Autowired
    DemandManagement demands;
    @Autowired
    PetitionManagement petitions;
    @Autowired
    Inbox inbox;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;
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
    void theContentSecurityPolicyAllowsNoInlineScriptAndNoEval() throws Exception {
        HttpResponse<Void> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.discarding());
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scriptSrc = directive(csp, "script-src");
        assertThat(scriptSrc).isEqualTo("script-src 'self'");
        assertThat(csp).doesNotContain("unsafe-eval");
        assertThat(directive(csp, "object-src")).isEqualTo("object-src 'none'");
    }

    private static String directive(String csp, String name) {
        for (String d : csp.split(";")) {
            if (d.strip().startsWith(name + " ")) {
                return d.strip();
            }
        }
        return "";
    }

    @Test
    void hostileNamesInEveryStoredFieldNeverRunOnAnyAdministratorPage() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var admin = StaffFixtures.provinceAdmin();
        var unit = units.create(admin, HOSTILE + s, UnitKind.TOWNSHIP_OFFICE, "510107004000");
        var account = accounts.create(admin, new NewAccount("hostile" + s, IMG, unit.id(), Set.of(Role.TOWNSHIP_STAFF),
                "Initial#2026pw", null, null));
        var category = categories.addCategory(admin, "HJ", IMG + s, SCRIPT + s);
        // 北城街道 (西昌市): sorts after the demo townships, so pages that default to the first township are not changed
        String gridCode = "513401001003" + String.format(Locale.ROOT, "%03d", 900 + Math.floorMod(s.hashCode(), 99));
        grids.importGeoJson("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"%s","name":%s,
                 "householdCount":12,"workers":[{"name":%s}]},
                 "geometry":{"type":"Polygon","coordinates":[[[104.05,30.63],[104.06,30.63],[104.06,30.64],[104.05,30.64],[104.05,30.63]]]}}]}
                """.formatted(gridCode, json(HOSTILE), json(HOSTILE)), Scope.PROVINCE);
        var demand = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, category.code(), HOSTILE,
                "13698760042", IMG, HOSTILE, null, null, "510107004001"), admin, null);
        demands.dispatch(admin, demand.id(), new DemandManagement.Dispatch(unit.id().value(), List.of(), HOSTILE));
        var petition = petitions.registerOnline(new RegisterPetition(null, false,
                List.of(new RegisterPetition.PetitionerInput(IMG, "13800001234", null, false)), HOSTILE, List.of(),
                "510107004000", Category.OPINION, null, null));
        inbox.post(admin.unitId().value(), "demand.dueSoon", HOSTILE, HOSTILE, "/demands/inbox");
        rankedMonth(unit.id().value(), gridCode, category.code());

        driver = Browser.start(1280, 900);
        ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        Browser.logIn(driver, url(""), "admin", "Shegong#Test2026");
        Browser.waiting(driver).until(d -> !d.getCurrentUrl().contains("/login"));

        List<String> pages = new ArrayList<>(List.of("/", "/demands/workbench", "/demands/inbox", "/notices", "/demands/board",
                "/demands/callbacks", "/demands/reopens", "/demands/" + demand.id(), "/demands/" + demand.id() + "/follow-up",
                "/insight/rankings?month=2024-06", "/insight/rankings/units/" + unit.id() + "?month=2024-06",
                "/insight/appeals", "/insight/weights", "/petitions", "/petitions/new", "/petitions/" + petition.id(),
                "/petitions/statistics", "/regions", "/regions/510107004000", "/regions/search?q=" + s,
                "/grids/" + gridCode + "/card", "/grids/import", "/admin/calendar", "/admin/duty", "/admin/duty/510107004000",
                "/admin/categories", "/admin/units", "/admin/units/" + unit.id(), "/admin/accounts",
                "/admin/accounts/" + account.id(), "/admin/open311", "/admin/audit", "/account/password",
                "/public/demands/new", "/public/track", "/public/rate", "/public/petitions/new", "/public/petitions/track",
                "/swagger-ui/index.html"));
        for (String page : pages) {
            visit(page);
        }

        visit("/grids/map?township=513401001000");
        assertThat(hoverChart("grid-chart")).contains(IMG);
        clean("/grids/map (hovered)");

        visit("/insight/hotspots?month=2024-06&township=513401001000");
        Browser.waiting(driver).until(d -> "true".equals(js("return document.getElementById('grid-map').dataset.ready || ''")));
        assertThat(hoverChart("grid-map")).contains(IMG);
        hoverChart("hotspot-chart");
        clean("/insight/hotspots (hovered)");

        visit("/insight/rankings?month=2024-06");
        assertThat(hoverChart("ranking-chart")).contains(IMG);
        clean("/insight/rankings (hovered)");
    }

    /** A month (June 2024, which no other test uses) in which the hostile unit is ranked and the hostile grid is a hotspot. */
    private void rankedMonth(long unitId, String gridCode, String categoryCode) {
        Instant at = Instant.parse("2024-06-12T02:00:00Z");
        long base = 870_000_000L + Math.floorMod(gridCode.hashCode(), 1_000_000) * 100L;
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long d = base + i;
            events.add(new DemandDispatched(new DemandId(d), unitId, true, gridCode, categoryCode, DemandKind.COMPLAINT, at,
                    at.plusSeconds(86_400), at.plusSeconds(15 * 86_400)));
            events.add(new WorkOrderAccepted(new DemandId(d), unitId, true, gridCode, categoryCode, at, at.plusSeconds(60), true));
            events.add(new CallBackRecorded(new DemandId(d), 1, true, true, Satisfaction.SATISFIED, "PHONE", at.plusSeconds(5 * 86_400)));
        }
        tx.executeWithoutResult(status -> events.forEach(publisher::publishEvent));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from insight_order where unit_id = :u")
                .param("u", unitId).query(Long.class).single() >= 10);
    }

    private void visit(String page) {
        driver.get(url(page));
        Browser.waiting(driver).until(d -> "complete".equals(js("return document.readyState")));
        Browser.waiting(driver).until(d -> (Boolean) js("return !document.querySelector('.htmx-request')"));
        clean(page);
    }

    private void clean(String page) {
        assertThat(js("return document.querySelectorAll('img[src=\"x\"]').length")).as("markup from data on %s", page)
                .isEqualTo(0L);
        assertThat(js("return window.__xss === undefined")).as("script from data ran on %s", page).isEqualTo(true);
        assertThat(js("return (window.__csp || []).join('\\n')")).as("CSP violations on %s", page).isEqualTo("");
        assertThat(driver.getPageSource()).as("page %s rendered", page).doesNotContain("Whitelabel");
    }

    /** Shows the tooltip of every data item of the chart in {@code elementId}; returns the tooltip texts shown. */
    private String hoverChart(String elementId) {
        return String.valueOf(js("""
                const el = document.getElementById(arguments[0]);
                const chart = el && window.echarts && echarts.getInstanceByDom(el);
                if (!chart) { return ''; }
                const texts = [];
                chart.getOption().series.forEach((series, si) => {
                  (series.data || []).forEach((item, di) => {
                    chart.dispatchAction({ type: 'showTip', seriesIndex: si, dataIndex: di });
                    Array.from(el.querySelectorAll('div')).filter(d => d.style.pointerEvents === 'none' && d.textContent)
                        .forEach(d => texts.push(d.textContent));
                  });
                });
                return texts.join('|');
                """, elementId));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
