package org.shegong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed input through the real HTTP stack (Tomcat, filters, Spring Security, Jackson, PostgreSQL): NUL bytes,
 * invalid UTF-8, nulls in lists, huge and deeply nested bodies, wrong types, bad dates and unknown enum values get a
 * 400 in both languages, never a 500; and every error the container raises is answered in both languages too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedInputIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private String token() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"Shegong#Test2026\"}")).build());
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body()).path("token").asString();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertBilingual(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("error").asString()).isNotBlank().isNotEqualTo(body.path("errorEn").asString());
        assertThat(body.path("errorEn").asString()).isNotBlank();
        if (code != null) {
            assertThat(body.path("code").asString()).isEqualTo(code);
        }
    }

    @Test
    void aSmallJsonAnswerIsSentWholeWithItsLengthAndALargeDownloadStillArrivesWhole() throws Exception {
        // one write with a Content-Length, not a chunked body flushed early and closed by a second write
        HttpResponse<String> me = send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", "Bearer " + token()).build());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(me.headers().firstValueAsLong("Content-Length")).hasValue(me.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(JSON.readTree(me.body()).path("username").asString()).isEqualTo("admin");
        // larger than the container's buffer: streamed as it fills, and complete
        HttpResponse<String> docs = send(HttpRequest.newBuilder(uri("/v3/api-docs")).header("Authorization", "Bearer " + token()).build());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body().length()).isGreaterThan(16 * 1024);
        assertThat(JSON.readTree(docs.body()).path("paths").size()).isGreaterThan(50);
    }

    @Test
    void aNulByteOrInvalidUtf8InAParameterIsABilingual400() throws Exception {
        assertBilingual(send(HttpRequest.newBuilder(uri("/api/v1/public/demands/track?code=%00&lastFour=1234")).build()), 400,
                "shell.input.badCharacters");
        assertBilingual(send(HttpRequest.newBuilder(uri("/api/v1/public/demands/track?code=%C3%28&lastFour=1234")).build()), 400,
                "shell.input.badCharacters");
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/public/track?code=SC%00&lastFour=1234")).build());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"problem-message\"", "无效字符");
    }

    @Test
    void aNulByteInsideAJsonStringIsRefusedAndNothingIsStored() throws Exception {
        String token = token();
        long before = jdbc.sql("select count(*) from petition").query(Long.class).single();
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/petitions")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"channel":"LETTER","groupVisit":false,"petitioners":[{"name":"张\\u0000三","phone":"13800001234"}],
                         "matter":"小区电梯停运","regionCode":"510107005000","category":"OPINION"}""")).build());
        assertBilingual(r, 400, "shell.input.badCharacters");
        assertThat(jdbc.sql("select count(*) from petition").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aNullInsideAListIsABilingual400NamingTheField() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/petitions")).header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"channel":"LETTER","groupVisit":false,"petitioners":[null],
                         "matter":"小区电梯停运","regionCode":"510107005000","category":"OPINION"}""")).build());
        assertBilingual(r, 400, "shell.input.field");
        assertThat(JSON.readTree(r.body()).path("field").asString()).startsWith("petitioners");
    }

    @Test
    void deepNestingWrongTypesBadDatesAndUnknownEnumsAreBilingual400s() throws Exception {
        String token = token();
        String deep = "{\"unknown\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        for (String body : List.of(deep, "{\"channel\":\"TELEPATHY\"}", "{\"groupVisit\":\"maybe\"}", "{\"organs\":\"x\"}",
                "[1,2,3]", "\"text\"", "{", "{\"petitioners\":[{\"name\":[]}]}")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/petitions")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
            assertBilingual(r, 400, null);
        }
        assertBilingual(send(HttpRequest.newBuilder(uri("/api/v1/petitions")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(deep)).build()), 400,
                "shell.input.bodyLimits");
        assertBilingual(send(HttpRequest.newBuilder(uri("/api/v1/calendar/deadline?from=2025-02-30&workingDays=3"))
                .header("Authorization", "Bearer " + token).build()), 400, null);
        HttpResponse<String> invalidUtf8 = send(HttpRequest.newBuilder(uri("/api/v1/petitions")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] { '{', '"', 'm', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}' }))
                .build());
        assertBilingual(invalidUtf8, 400, null);
    }

    @Test
    void aOneMegabyteUserNameOnTheTokenEndpointIsRefusedAndStillAudited() throws Exception {
        String huge = "a".repeat(1024 * 1024);
        long before = jdbc.sql("select coalesce(max(seq), 0) from identity_audit_log").query(Long.class).single();
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + huge + "\",\"password\":\"x\"}")).build());
        assertBilingual(r, 400, "identity.login.usernameTooLong");
        Map<String, Object> row = jdbc.sql("""
                select actor, outcome from identity_audit_log where seq > :before and action = 'login.token' order by seq desc limit 1
                """).param("before", before).query().singleRow();
        assertThat(row.get("outcome")).isEqualTo("REFUSED_INPUT");
        assertThat((String) row.get("actor")).startsWith("aaaa").endsWith("…").hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void aBodyOverTheCapIsRefusedBeforeItIsRead() throws Exception {
        // only the headers are sent: the answer must come without the server waiting for (or reading) 17 MB
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/grids HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token()
                    + "\r\nContent-Type: application/geo+json\r\nContent-Length: " + (17 * 1024 * 1024)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // the answer comes at once; the connection stays open while Tomcat waits for the body it will discard
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            String answer = "";
            while (!answer.contains("\"code\":\"shell.input.bodyTooLarge\"}")) {
                int n = socket.getInputStream().read(buffer);
                if (n < 0) {
                    break;
                }
                received.write(buffer, 0, n);
                answer = received.toString(StandardCharsets.UTF_8).strip();
            }
            assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"shell.input.bodyTooLarge\"", "\"errorEn\"");
        }
    }

    @Test
    void aChunkedBodyIsCutOffAtTheCapWhileItIsRead() throws Exception {
        byte[] chunk = new byte[1024 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/grids")).header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/geo+json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(java.util.Collections.enumeration(
                        java.util.Collections.nCopies(17, chunk).stream().map(java.io.ByteArrayInputStream::new).toList()))))
                .build());
        assertBilingual(r, 413, "shell.input.bodyTooLarge");
    }

    @Test
    void aMissingCsrfTokenIsAnsweredInBothLanguages() throws Exception {
        HttpResponse<String> json = send(HttpRequest.newBuilder(uri("/public/petitions")).header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("matter=x")).build());
        assertBilingual(json, 403, "shell.error.csrf");
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/public/petitions")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("matter=x")).build());
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("id=\"problem-message\"", "页面已过期");
        HttpResponse<String> english = send(HttpRequest.newBuilder(uri("/public/petitions")).header("Accept", "text/html")
                .header("Cookie", "SHEGONG_LANG=en").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("matter=x")).build());
        assertThat(english.body()).contains("The page has expired");
    }

    @Test
    void getErrorDirectlyIsANotFoundNotStatus999() throws Exception {
        assertBilingual(send(HttpRequest.newBuilder(uri("/error")).header("Accept", "application/json").build()), 404,
                "shell.error.notFound");
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/error")).header("Accept", "text/html").build());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("id=\"problem-message\"");
    }

    @Test
    void reloadingAPublicSuccessPageLeadsBackToTheForm() throws Exception {
        // the public forms post, then redirect (Post/Redirect/Get): a GET of the post's address leads back to the form
        for (String form : List.of("/public/demands", "/public/petitions")) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri(form)).header("Accept", "text/html").build());
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElse("")).endsWith(form + "/new");
        }
    }

    @Test
    void anOversizeUploadOnTheCitizenFormIsAnsweredInBothLanguages() throws Exception {
        String boundary = "----shegong" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"matter\"\r\n\r\n路灯坏了\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[25 * 1024 * 1024]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/public/demands")).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        assertThat(r.statusCode()).isBetween(400, 499);
        assertThat(r.body()).contains("id=\"problem-message\"").doesNotContain("HTTP Status", "Apache Tomcat");
    }

    @Test
    void theLivenessProbeIsUpWhileTheConnectorServes() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/actuator/health/liveness")).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).path("status").asString()).isEqualTo("UP");
    }

    /** Every GET and POST endpoint of the API, the public pages and Open311 with a corpus of malformed values: no 5xx. */
    @Test
    void noEndpointAnswers5xxToTheFuzzCorpus() throws Exception {
        String token = token();
        List<String> values = List.of("%00", "a%00b", "%C3%28", "%FF%FE", "-1", "99999999999999999999", "2025-13-45",
                "NOT_AN_ENUM", "x".repeat(1_000), "%E4%B8%AD%E6%96%87");
        List<String> bodies = List.of("{\"x\":\"\\u0000\"}", "[null]", "null", "{", "\"\"", "[" .repeat(2_000), "{\"name\":\"" + "x".repeat(1_000_000) + "\"}",
                "{\"a\":" + "{\"a\":".repeat(200) + "1" + "}".repeat(201));
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
            boolean post = methods.contains(RequestMethod.POST);
            for (String pattern : e.getKey().getPatternValues()) {
                if (!(pattern.startsWith("/api/") || pattern.startsWith("/public/") || pattern.startsWith("/open311/"))
                        || pattern.startsWith("/api/v1/auth/token")) {
                    continue;
                }
                Set<String> params = new LinkedHashSet<>();
                boolean jsonBody = false;
                for (var p : e.getValue().getMethodParameters()) {
                    RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                    if (rp != null) {
                        String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
                        if (name != null) {
                            params.add(name);
                        }
                    }
                    if (p.hasParameterAnnotation(ModelAttribute.class) || (p.getParameterAnnotations().length == 0
                            && p.getParameterType().isRecord() && !p.getParameterType().getPackageName().startsWith("org.shegong.identity"))) {
                        for (var c : p.getParameterType().getRecordComponents() == null ? new java.lang.reflect.RecordComponent[0]
                                : p.getParameterType().getRecordComponents()) {
                            params.add(c.getName());
                        }
                    }
                    jsonBody |= p.hasParameterAnnotation(RequestBody.class);
                }
                params.add("api_key");
                for (String v : values) {
                    String path = path(pattern, v);
                    StringBuilder query = new StringBuilder();
                    for (String name : params) {
                        query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                                .append(name.equals("api_key") ? "test-partner-key-1" : v);
                    }
                    if (get) {
                        sent++;
                        check(failures, "GET", path + "?" + query, send(HttpRequest.newBuilder(uri(path + "?" + query))
                                .header("Authorization", "Bearer " + token).build()));
                    }
                    if (post && !jsonBody) {
                        sent++;
                        check(failures, "POST form", path + " " + query, send(HttpRequest.newBuilder(uri(path))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(query.toString())).build()));
                    }
                }
                if (post && jsonBody) {
                    String path = path(pattern, "99999999");
                    for (String body : bodies) {
                        sent++;
                        check(failures, "POST json", path + " " + body.substring(0, Math.min(40, body.length())),
                                send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
                    }
                }
            }
        }
        System.out.println("fuzz requests sent: " + sent);
        assertThat(sent).isGreaterThan(300);
        assertThat(failures).isEmpty();
    }

    private static String path(String pattern, String value) {
        Matcher m = VARIABLE.matcher(pattern.replace("{*", "{"));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(value.length() > 100 ? "99999999" : value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void check(List<String> failures, String method, String target, HttpResponse<String> r) {
        String shown = target.length() > 160 ? target.substring(0, 160) + "…" : target;
        if (r.statusCode() >= 500) {
            failures.add(method + " " + shown + " -> " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
        } else if (r.statusCode() >= 400 && target.startsWith("/api/")) {
            if (!r.body().contains("\"errorEn\"")) {
                failures.add(method + " " + shown + " -> " + r.statusCode() + " not bilingual: "
                        + r.body().substring(0, Math.min(200, r.body().length())));
            }
        }
    }
}
