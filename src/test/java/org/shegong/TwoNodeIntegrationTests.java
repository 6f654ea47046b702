package org.shegong;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances on one PostgreSQL, as behind a load balancer: the deadline sweep runs on one of them
 * and announces each overdue order once, its event is handled once, a session and a bearer token from one node
 * work on the other, and rate limits count across both.
 */
class TwoNodeIntegrationTests {

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static JdbcClient jdbc;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startTwoNodes() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "Asia/Shanghai").start();
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database shegong encoding 'UTF8' template template0");
        }
        String url = postgres.getJdbcUrl("postgres", "shegong");
        // the first node migrates the schema and imports the divisions; the second finds them done
        nodeA = node(url, "A");
        nodeB = node(url, "B");
        jdbc = nodeA.getBean(JdbcClient.class);
    }

    static ConfigurableApplicationContext node(String url, String name) {
        // as arguments, so that they win over application.yml (builder properties would only be defaults)
        return new SpringApplicationBuilder(ShegongApplication.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.hikari.maximum-pool-size=5", "--server.port=0",
                        "--spring.application.name=node-" + name,
                        "--shegong.limit.groups.tracking.per-address.tokens=3");
    }

    @AfterAll
    static void stop() throws Exception {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theSweepOnEitherNodeAnnouncesEachOverdueOrderOnceAndItsEventIsHandledOnce() {
        int orders = 25;
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long unit = 880_000_000L + Math.abs(tag.hashCode() % 1_000_000);
        jdbc.sql("""
                insert into demand (tracking_code, kind, limit_class, channel, region_code, category_code, matter, phone_cipher,
                  phone_index, phone_masked, status, received_at, dispatch_by, version)
                select 'N' || :tag || lpad(i::text, 4, '0'), 'HELP', 'ORDINARY', 'HOTLINE', '510107005001', 'CJ-01',
                       '双节点演练' || i, '\\x00'::bytea, md5(:tag || i), '138****0000', 'ACCEPTED',
                       now() - interval '30 days', now() - interval '29 days', 1
                from generate_series(1, :n) i
                """).param("tag", tag).param("n", orders).update();
        jdbc.sql("""
                insert into demand_work_order (demand_id, seq, unit_id, role, designated, status, dispatched_at, accept_by,
                  reply_by, return_by)
                select d.id, 0, :unit, 'LEAD', false, 'ACCEPTED', d.received_at, d.received_at, now() - interval '1 minute',
                       d.received_at
                from demand d where d.tracking_code like 'N' || :tag || '%'
                """).param("tag", tag).param("unit", unit).update();
        jdbc.sql("update demand_sweep_mark set due = now() - interval '1 hour', id = 0, seq = 0").update();

        // due now for both schedulers (each polls every second): db-scheduler lets exactly one of them pick it
        jdbc.sql("update scheduled_tasks set execution_time = now() where task_name = 'demand-deadline-sweep'").update();

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(jdbc.sql("select subject from notify_notice where unit_id = :unit and kind = 'demand.overdue'")
                        .param("unit", unit).query(String.class).list())
                        .containsExactly("今日 " + orders + " 件工单超过答复期限"));
        // run it again at once on both: nothing new to announce, so the digest keeps its count
        jdbc.sql("update scheduled_tasks set execution_time = now() where task_name = 'demand-deadline-sweep'").update();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select execution_time > now() from scheduled_tasks where task_name = 'demand-deadline-sweep'")
                .query(Boolean.class).single());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
        assertThat(jdbc.sql("select subject from notify_notice where unit_id = :unit").param("unit", unit)
                .query(String.class).list()).containsExactly("今日 " + orders + " 件工单超过答复期限");
    }

    @Test
    void aSessionStartedOnOneNodeAndATokenIssuedByItWorkOnTheOther() throws Exception {
        var cookies = new CookieManager();
        var browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        var loginPage = browser.send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        var signedIn = browser.send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                        + URLEncoder.encode("Shegong#Test2026", StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .findFirst().orElseThrow().getValue();

        var onB = send(HttpRequest.newBuilder(URI.create(base(nodeB) + "/api/v1/me")).header("Cookie", "SESSION=" + session));
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("\"username\":\"admin\"");

        var token = send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"Shegong#Test2026\"}")));
        assertThat(token.statusCode()).isEqualTo(200);
        String bearer = token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        var withToken = send(HttpRequest.newBuilder(URI.create(base(nodeB) + "/api/v1/me"))
                .header("Authorization", "Bearer " + bearer));
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).contains("\"username\":\"admin\"");
        var forged = send(HttpRequest.newBuilder(URI.create(base(nodeB) + "/api/v1/me"))
                .header("Authorization", "Bearer " + bearer.substring(1) + "x"));
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    @Test
    void aTrackingLimitUsedUpOnOneNodeHoldsOnTheOther() throws Exception {
        for (int i = 0; i < 3; i++) {
            var r = send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/api/v1/public/demands/track?code=NX" + i + "&lastFour=0000")));
            assertThat(r.statusCode()).isEqualTo(404);
        }
        var onB = send(HttpRequest.newBuilder(URI.create(base(nodeB) + "/api/v1/public/demands/track?code=NX9&lastFour=0000")));
        assertThat(onB.statusCode()).isEqualTo(429);
        assertThat(onB.headers().firstValue("Retry-After")).isPresent();
        assertThat(onB.body()).contains("请求过于频繁", "Too many requests");
        // a page in the same group answers with the error page, in both languages
        var page = send(HttpRequest.newBuilder(URI.create(base(nodeB) + "/public/track?code=NX8&lastFour=0000"))
                .header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("请求过于频繁", "Too many requests");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        // both nodes answer at the same time without counting twice or failing
        var a = CompletableFuture.supplyAsync(() -> status(base(nodeA) + "/api/v1/public/demands/track?code=NY&lastFour=0"));
        var b = CompletableFuture.supplyAsync(() -> status(base(nodeB) + "/api/v1/public/demands/track?code=NY&lastFour=0"));
        assertThat(a.join()).isEqualTo(429);
        assertThat(b.join()).isEqualTo(429);
    }

    private static int status(String url) {
        try {
            return send(HttpRequest.newBuilder(URI.create(url))).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
