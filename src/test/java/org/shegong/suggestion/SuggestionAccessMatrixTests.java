package org.shegong.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access matrix {@code access/suggestion.md} is the specification of who may call which route: every route of the
 * module has a row and every row a route; each cell agrees with the route's decision; anonymous callers are sent to
 * sign in, refused roles get 403, and a record outside the caller's scope is not found — with real requests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SuggestionAccessMatrixTests {

    static final List<Role> COLUMNS = List.of(Role.PROVINCE_ADMIN, Role.CITY_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_STAFF,
            Role.VILLAGE_STAFF, Role.GRID_WORKER, Role.DEPARTMENT_HANDLER, Role.HOTLINE_OPERATOR, Role.PETITION_OFFICER,
            Role.AUDITOR);

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    UnitManagement units;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    SuggestionManagement suggestions;
    @Autowired
    PointManagement points;
    @Autowired
    AwardManagement awards;

    record Row(String method, String path, String anonymous, List<String> roles, String outOfScope) {
    }

    static Map<String, Row> table() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/access/suggestion.md"), StandardCharsets.UTF_8);
        boolean header = false;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
            if (cells.get(0).equals("route")) {
                assertThat(cells.subList(2, 12)).containsExactlyElementsOf(COLUMNS.stream().map(Role::name).toList());
                header = true;
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            assertThat(header).isTrue();
            String[] route = cells.get(0).split(" ");
            rows.put(cells.get(0), new Row(route[0], route[1], cells.get(1), cells.subList(2, 12), cells.get(12)));
        }
        return rows;
    }

    Map<String, HandlerMethod> served() {
        Map<String, HandlerMethod> out = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("org.shegong.suggestion")) {
                continue;
            }
            for (var m : e.getKey().getMethodsCondition().getMethods()) {
                for (String p : e.getKey().getPatternValues()) {
                    out.put(m.name() + " " + p, e.getValue());
                }
            }
        }
        return out;
    }

    @Test
    void everyRouteHasARowAndEveryRowARouteAndEachCellAgreesWithTheRoutesDecision() throws IOException {
        Map<String, Row> table = table();
        Map<String, HandlerMethod> served = served();
        assertThat(new TreeSet<>(table.keySet())).isEqualTo(new TreeSet<>(served.keySet()));
        for (var e : served.entrySet()) {
            Row row = table.get(e.getKey());
            RouteDecisions.Decision d = RouteDecisions.decisionOf(e.getValue());
            assertThat(d).as(e.getKey()).isNotInstanceOf(RouteDecisions.Undecided.class);
            assertThat(row.anonymous()).as(e.getKey()).isEqualTo(d instanceof RouteDecisions.Public ? "✓" : "login");
            for (int i = 0; i < COLUMNS.size(); i++) {
                Role role = COLUMNS.get(i);
                boolean allowed = d instanceof RouteDecisions.Public || d instanceof RouteDecisions.Staff
                        || (d instanceof RouteDecisions.Steps s && s.steps().stream().anyMatch(st -> st.allowsAnyOf(java.util.Set.of(role))));
                assertThat(row.roles().get(i)).as(e.getKey() + " × " + role).isEqualTo(allowed ? "✓" : "✗");
            }
            assertThat(row.outOfScope()).as(e.getKey()).isEqualTo(row.path().contains("{id}") && !row.path().contains("public")
                    ? "404" : "–");
        }
    }

    MockHttpServletRequestBuilder call(Row row, long id) {
        MockHttpServletRequestBuilder b = request(HttpMethod.valueOf(row.method()), row.path().replace("{id}", String.valueOf(id)));
        if (row.method().equals("POST") && row.path().startsWith("/api/")) {
            b.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return b;
    }

    @Test
    void anonymousCallersSignInAndRefusedRolesGet403WithRealRequests() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        UnitView unit = units.create(StaffFixtures.provinceAdmin(), "矩阵测试单位" + s, UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510107000000");
        for (Row row : table().values()) {
            if (row.anonymous().equals("login")) {
                int status = mvc.perform(call(row, 1).with(SecurityMockMvcRequestPostProcessors.csrf())).andReturn()
                        .getResponse().getStatus();
                assertThat(status).as("anonymous " + row).isIn(row.path().startsWith("/api/") ? List.of(401) : List.of(302));
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (row.roles().get(i).equals("✗")) {
                    StaffPrincipal who = StaffFixtures.staff(9300 + i, "m" + s + i, unit.id(), unit.name(),
                            UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000", COLUMNS.get(i));
                    assertThat(mvc.perform(call(row, 1).with(as(who))).andReturn().getResponse().getStatus())
                            .as(COLUMNS.get(i) + " " + row).isEqualTo(403);
                }
            }
        }
    }

    @Test
    void recordsOutsideTheCallersScopeAreNotFound() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        UnitView jinjiang = units.create(province, "锦江区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510104000000");
        UnitView wuhou = units.create(province, "武侯区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        StaffPrincipal owner = StaffFixtures.staff(9401, "jj" + s, jinjiang.id(), jinjiang.name(),
                UnitKind.SOCIAL_WORK_DEPARTMENT, "510104000000", Role.COUNTY_ADMIN);
        StaffPrincipal outsider = StaffFixtures.staff(9402, "wh" + s, wuhou.id(), wuhou.name(),
                UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000", Role.COUNTY_ADMIN);
        LocalDateTime now = LocalDateTime.now(org.shegong.calendar.Deadline.ZONE);
        long campaign = campaigns.create(owner, new CampaignManagement.NewCampaign("锦江专项" + s, "", "", "", null,
                now.minusHours(1), now.plusDays(1))).campaign().id();
        long suggestion = suggestions.register(owner, new SubmitSuggestion(null, "锦江建议" + s, "", "措施", null, null,
                "罗一", null, false), Channel.LETTER, null).id();
        long point = points.register(owner, "锦江征集点" + s, "", "510104000000").id();
        long round = awards.open(owner, 2026, "锦江评选" + s, "一等奖=1").id();
        for (Row row : table().values()) {
            if (!row.outOfScope().equals("404")) {
                continue;
            }
            long id = row.path().contains("/campaigns/") ? campaign : row.path().contains("/points/") ? point
                    : row.path().contains("/awards/") ? round : suggestion;
            assertThat(mvc.perform(call(row, id).with(as(outsider))).andReturn().getResponse().getStatus())
                    .as("out of scope " + row).isEqualTo(404);
            assertThat(row.roles().get(COLUMNS.indexOf(Role.COUNTY_ADMIN))).isEqualTo("✓");
        }
    }
}
