package org.shegong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.NewAccount;
import org.shegong.identity.RouteDecisions;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access matrix (decision 0005): every route the application serves, pages and API alike, against the
 * checked-in tables in {@code src/test/resources/access/*.md} — for anonymous callers and each of the ten
 * roles — with real requests through the whole filter chain on embedded PostgreSQL, and records outside the
 * caller's scope answering 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixTests {

    static final String ANONYMOUS = "anonymous";
    /** Who checks a record outside the scope: the narrowest role that may call the route (not province-wide). */
    static final List<Role> NARROWEST_FIRST = List.of(Role.VILLAGE_STAFF, Role.GRID_WORKER, Role.TOWNSHIP_STAFF,
            Role.DEPARTMENT_HANDLER, Role.HOTLINE_OPERATOR, Role.PETITION_OFFICER, Role.COUNTY_ADMIN, Role.CITY_ADMIN);
    static final String OUT_OF_SCOPE = "out of scope";
    /** A record id that no table holds: the role decision is taken before the record is looked up. */
    static final String NO_SUCH_ID = "987654321";
    static final String NO_SUCH_CODE = "510107999999";
    static final String WUHOU = "510107000000";

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    MessageSource messages;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    org.shegong.notify.Inbox inbox;
    static AccessScopeProbes probes;

    static final Map<Role, StaffPrincipal> staff = new EnumMap<>(Role.class);

    record Row(String route, Map<String, String> cells, String outOfScope, String file) {
        String method() {
            return route.substring(0, route.indexOf(' '));
        }

        String path() {
            return route.substring(route.indexOf(' ') + 1);
        }
    }

    @BeforeEach
    void oneRealAccountPerRoleInWuhou() {
        if (!staff.isEmpty()) {
            return;
        }
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        StaffPrincipal admin = StaffFixtures.provinceAdmin();
        String township = WUHOU.substring(0, 6) + "005000";
        String village = WUHOU.substring(0, 6) + "005001";
        for (Role role : Role.values()) {
            UnitView unit = switch (role) {
                case PROVINCE_ADMIN, AUDITOR -> units.create(admin, "矩阵省级单位" + suffix + role.ordinal(),
                        UnitKind.SOCIAL_WORK_DEPARTMENT, "510000000000");
                case CITY_ADMIN -> units.create(admin, "矩阵市级单位" + suffix, UnitKind.SOCIAL_WORK_DEPARTMENT, "510100000000");
                case COUNTY_ADMIN -> units.create(admin, "矩阵区级单位" + suffix, UnitKind.SOCIAL_WORK_DEPARTMENT, WUHOU);
                case TOWNSHIP_STAFF -> units.create(admin, "矩阵街道" + suffix, UnitKind.TOWNSHIP_OFFICE, township);
                case VILLAGE_STAFF, GRID_WORKER -> units.create(admin, "矩阵社区" + suffix + role.ordinal(),
                        UnitKind.VILLAGE_COMMITTEE, village);
                case DEPARTMENT_HANDLER -> units.create(admin, "矩阵职能部门" + suffix, UnitKind.FUNCTIONAL_DEPARTMENT, WUHOU);
                case HOTLINE_OPERATOR -> units.create(admin, "矩阵热线" + suffix, UnitKind.GOVERNMENT, WUHOU);
                case PETITION_OFFICER -> units.create(admin, "矩阵信访局" + suffix, UnitKind.GOVERNMENT, WUHOU);
            };
            String username = "m" + suffix + role.ordinal();
            var account = accounts.create(admin, new NewAccount(username, "矩阵" + role.ordinal(), unit.id(), Set.of(role),
                    "Matrix#Access2026", null, null));
            staff.put(role, StaffFixtures.staff(account.id().value(), username, unit.id().value(), unit.name(), unit.kind(),
                    unit.region().value(), role));
        }
        probes = new AccessScopeProbes(context, mvc, units, accounts, inbox, staff.get(Role.PROVINCE_ADMIN), suffix);
    }

    @Test
    void everyServedRouteHasARowAndEveryRowARoute() throws IOException {
        Map<String, HandlerMethod> served = served();
        Map<String, Row> table = table();
        Set<String> missing = new TreeSet<>(served.keySet());
        missing.removeAll(table.keySet());
        Set<String> stale = new TreeSet<>(table.keySet());
        stale.removeAll(served.keySet());
        assertThat(missing).as("routes without a row in src/test/resources/access/*.md; proposed rows:%n%s",
                missing.stream().map(r -> proposedRow(r, served.get(r))).collect(Collectors.joining("\n"))).isEmpty();
        assertThat(stale).as("rows for routes the application no longer serves").isEmpty();
    }

    @Test
    void everyRoleGetsWhatTheTableSays() throws Exception {
        Map<String, Row> table = table();
        served();
        List<String> wrong = new ArrayList<>();
        for (Row row : table.values()) {
            for (Map.Entry<String, String> cell : row.cells().entrySet()) {
                StaffPrincipal who = cell.getKey().equals(ANONYMOUS) ? null : staff.get(Role.valueOf(cell.getKey()));
                MockHttpServletResponse answer = call(row.route(), fill(row.path(), null), who);
                String got = verdict(answer, who == null);
                if (!got.equals(cell.getValue())) {
                    wrong.add("%s as %s: table says %s, got %s (HTTP %d%s)".formatted(row.route(), cell.getKey(),
                            cell.getValue(), got, answer.getStatus(), answer.getHeader("X-Refused-By") == null ? ""
                                    : ", " + answer.getHeader("X-Refused-By")));
                }
            }
        }
        assertThat(wrong).as("answers that differ from the access matrix").isEmpty();
    }

    @Test
    void recordsOutsideTheCallersScopeAnswerNotFound() throws Exception {
        served();
        List<String> wrong = new ArrayList<>();
        for (Row row : table().values()) {
            if (!row.outOfScope().equals("404")) {
                continue;
            }
            Role who = NARROWEST_FIRST.stream().filter(r -> "✓".equals(row.cells().get(r.name()))).findFirst()
                    .orElse(null);
            if (who == null) {
                wrong.add(row.route() + ": only province-wide roles may call it, so no record lies outside their scope (use –)");
                continue;
            }
            var outside = probes.outsideScopeOf(row.path());
            if (outside.isEmpty()) {
                wrong.add(row.route() + ": AccessScopeProbes has no record outside the caller's scope for this path");
                continue;
            }
            MockHttpServletResponse answer = call(row.route(), fill(row.path(), outside.get()), staff.get(who));
            // a read must answer 404; a write must change nothing — 404, or its empty form refused before any lookup
            boolean hidden = row.method().equals("GET") ? answer.getStatus() == 404 : answer.getStatus() >= 400;
            if (!hidden) {
                wrong.add("%s as %s on a record outside the scope: HTTP %d".formatted(row.route(), who, answer.getStatus()));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyStepOnARouteHasANameInChineseAndEnglish() {
        List<String> unnamed = new ArrayList<>();
        served().values().forEach(method -> {
            if (RouteDecisions.decisionOf(method) instanceof RouteDecisions.Steps s) {
                for (Step step : s.steps()) {
                    for (var locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
                        String key = RouteDecisions.labelKey(step);
                        if (messages.getMessage(key, null, null, locale) == null) {
                            unnamed.add(key + " (" + locale + ")");
                        }
                    }
                }
            }
        });
        assertThat(new TreeSet<>(unnamed)).isEmpty();
    }

    // --- the table

    static final Pattern CELLS = Pattern.compile("^\\|(.*)\\|\\s*$");

    Map<String, Row> table() {
        Map<String, Row> rows = new TreeMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:access/*.md")) {
                List<String> header = null;
                for (String line : file.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
                    Matcher m = CELLS.matcher(line.strip());
                    if (!m.matches()) {
                        continue;
                    }
                    List<String> cells = Arrays.stream(m.group(1).split("\\|")).map(String::strip).toList();
                    if (header == null) {
                        header = cells;
                        assertThat(header).as(file.getFilename() + " header").containsExactlyElementsOf(columns());
                        continue;
                    }
                    if (cells.get(0).startsWith("-")) {
                        continue;
                    }
                    Map<String, String> byColumn = new LinkedHashMap<>();
                    for (int i = 1; i < header.size() - 1; i++) {
                        assertThat(cells.get(i)).as("%s %s: %s", file.getFilename(), cells.get(0), header.get(i))
                                .isIn("✓", "✗", "login");
                        byColumn.put(header.get(i), cells.get(i));
                    }
                    String route = cells.get(0).replace("`", "");
                    Row previous = rows.put(route, new Row(route, byColumn, cells.get(header.size() - 1), file.getFilename()));
                    assertThat(previous).as("%s listed twice", route).isNull();
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    static List<String> columns() {
        List<String> c = new ArrayList<>();
        c.add("route");
        c.add(ANONYMOUS);
        Arrays.stream(Role.values()).map(Role::name).forEach(c::add);
        c.add(OUT_OF_SCOPE);
        return c;
    }

    /** "GET /demands/{id}" for every method and pattern of every handler of ours. */
    Map<String, HandlerMethod> served() {
        Map<String, HandlerMethod> routes = new TreeMap<>();
        consumes.clear();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getName().startsWith("org.shegong.")) {
                continue;
            }
            Set<String> methods = e.getKey().getMethodsCondition().getMethods().stream().map(Enum::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : e.getKey().getPatternValues()) {
                for (String method : methods) {
                    routes.put(method + " " + pattern, e.getValue());
                    e.getKey().getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                            .ifPresent(type -> consumes.put(method + " " + pattern, type.toString()));
                }
            }
        }
        return routes;
    }

    static String proposedRow(String route, HandlerMethod method) {
        var d = RouteDecisions.decisionOf(method);
        StringBuilder row = new StringBuilder("| " + route + " | ");
        boolean publicRoute = d instanceof RouteDecisions.Public;
        row.append(publicRoute ? "✓" : "login").append(" | ");
        for (Role role : Role.values()) {
            boolean ok = publicRoute || d instanceof RouteDecisions.Staff
                    || (d instanceof RouteDecisions.Steps s && s.steps().stream().anyMatch(st -> st.allowsAnyOf(Set.of(role))));
            row.append(ok ? "✓" : "✗").append(" | ");
        }
        return row.append(route.contains("{id}") ? "404" : "–").append(" |").toString();
    }

    // --- requests

    /** The content type each route consumes, where its mapping names one. */
    final Map<String, String> consumes = new java.util.HashMap<>();

    static String fill(String path, String outside) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        boolean first = true;
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "format" -> "json";
                case "year" -> "1990";
                case "action" -> "accept";
                case "seq" -> "1";
                case "code", "township", "village" -> NO_SUCH_CODE;
                default -> NO_SUCH_ID;
            };
            if (outside != null && first && !name.equals("format")) {
                value = outside;
                first = false;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    MockHttpServletResponse call(String route, String path, StaffPrincipal who) throws Exception {
        String method = route.substring(0, route.indexOf(' '));
        var req = request(HttpMethod.valueOf(method), path).header("X-Forwarded-For", "192.0.2.7");
        req = who == null ? req.with(csrf()) : req.with(StaffFixtures.as(who));
        if (!method.equals("GET")) {
            String type = consumes.getOrDefault(route, path.startsWith("/api/") ? "application/json"
                    : "application/x-www-form-urlencoded");
            req = req.contentType(type.contains("*") ? "application/x-www-form-urlencoded" : type);
            if (type.contains("json")) {
                req = req.content("{}");
            }
        }
        try {
            return mvc.perform(req).andReturn().getResponse();
        } catch (jakarta.servlet.ServletException unhandled) {
            var failed = new MockHttpServletResponse();
            failed.setStatus(500);
            failed.setHeader("X-Refused-By", "unhandled " + unhandled.getRootCause());
            return failed;
        }
    }

    /** ✓ passed the route decision, ✗ refused by it, login: asked to sign in. */
    static String verdict(MockHttpServletResponse r, boolean anonymous) {
        String location = r.getHeader("Location");
        if (r.getStatus() == 401 || (r.getStatus() / 100 == 3 && location != null && location.contains("/login"))) {
            return "login";
        }
        String refused = r.getHeader("X-Refused-By");
        if (r.getStatus() >= 500) {
            return "HTTP " + r.getStatus();
        }
        if (r.getStatus() == 403 && refused != null && refused.startsWith("identity.rule.")) {
            return anonymous && refused.equals("identity.rule.signedIn") ? "login" : "✗";
        }
        return "✓";
    }
}
