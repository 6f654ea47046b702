package org.shegong.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.identity.RouteDecisions;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The module's rows of the access matrix ({@code access/volunteer.md}) against what Spring serves: every route of the
 * module has exactly one row and every row a route; each ✓/✗ follows the route's decision; and every ✗ and every
 * anonymous {@code login} is what a real request gets.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VolunteerAccessMatrixTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    MockMvc mvc;

    private static Map<String, List<String>> matrix() throws IOException {
        String text = new ClassPathResource("access/volunteer.md").getContentAsString(StandardCharsets.UTF_8);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| route")) {
                List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
                assertThat(rows.put(cells.get(0), cells.subList(1, cells.size()))).as("duplicate row " + cells.get(0)).isNull();
            }
        }
        return rows;
    }

    private Map<String, RouteDecisions.Decision> served() {
        Map<String, RouteDecisions.Decision> out = new LinkedHashMap<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("org.shegong.volunteer")) {
                return;
            }
            for (String path : info.getPatternValues()) {
                for (var m : info.getMethodsCondition().getMethods()) {
                    out.put(m.name() + " " + path, RouteDecisions.decisionOf(method));
                }
            }
        });
        return out;
    }

    @Test
    void everyRouteHasOneRowAndEveryCellFollowsTheRoutesDecision() throws IOException {
        Map<String, List<String>> rows = matrix();
        Map<String, RouteDecisions.Decision> served = served();
        assertThat(new TreeSet<>(rows.keySet())).isEqualTo(new TreeSet<>(served.keySet()));
        Role[] roles = Role.values();
        served.forEach((route, decision) -> {
            List<String> cells = rows.get(route);
            assertThat(cells).as(route).hasSize(roles.length + 2);
            for (int i = 0; i < roles.length; i++) {
                String cell = cells.get(i + 1);
                if (decision instanceof RouteDecisions.Steps s) {
                    Role role = roles[i];
                    boolean may = s.steps().stream().anyMatch(step -> step.allowsAnyOf(java.util.Set.of(role)));
                    assertThat(cell).as(route + " " + role).isEqualTo(may ? "✓" : "✗");
                } else {
                    assertThat(decision).as(route).isInstanceOf(RouteDecisions.Public.class);
                    assertThat(cell).as(route + " " + roles[i]).isIn("✓", "login");
                    assertThat(cells.get(0)).as(route + " anonymous").isEqualTo(cell);
                }
            }
            if (decision instanceof RouteDecisions.Steps) {
                assertThat(cells.get(0)).as(route + " anonymous").isEqualTo("login");
                assertThat(cells.get(roles.length + 1)).as(route).isIn(route.contains("{id}") ? List.of("404") : List.of("404", "–"));
            }
        });
    }

    @Test
    void refusedCellsAndAnonymousCallersGetWhatTheMatrixSays() throws Exception {
        Role[] roles = Role.values();
        List<String> checked = new ArrayList<>();
        for (var row : matrix().entrySet()) {
            String[] route = row.getKey().split(" ", 2);
            String path = route[1].replace("{id}", "1").replace("{number}", "ZYZM-20260101-000001-0000");
            HttpMethod method = HttpMethod.valueOf(route[0]);
            List<String> cells = row.getValue();
            if (cells.get(0).equals("login")) {
                int status = mvc.perform(request(method, path).with(SecurityMockMvcRequestPostProcessors.csrf()))
                        .andReturn().getResponse().getStatus();
                assertThat(status).as("anonymous " + row.getKey()).isIn(302, 401);
                checked.add(row.getKey());
            }
            for (int i = 0; i < roles.length; i++) {
                if (cells.get(i + 1).equals("✗")) {
                    var who = StaffFixtures.staff(9900 + i, "matrix-" + roles[i], 1, "单位", UnitKind.GOVERNMENT, "510107000000",
                            roles[i]);
                    int status = mvc.perform(request(method, path).with(StaffFixtures.as(who))).andReturn().getResponse().getStatus();
                    assertThat(status).as(roles[i] + " " + row.getKey()).isEqualTo(403);
                }
            }
        }
        assertThat(checked).isNotEmpty();
    }
}
