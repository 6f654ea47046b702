package org.shegong.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shegong.care.CareFixtures;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Grids;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dispute map counts open, high-risk and village-settled disputes per grid, inside the caller's region only. */
@SpringBootTest
@AutoConfigureMockMvc
class DisputeMapIntegrationTests {

    static final String TOWNSHIP = "510107005000";
    static final String VILLAGE = "510107005001";
    static final String DONGQU_VILLAGE = "510402001002";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Grids grids;
    @Autowired
    JdbcClient jdbc;

    final String s = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void countsPerGridAreRightAndNothingComesFromAnotherCounty() throws Exception {
        String a = CareFixtures.grid(grids, VILLAGE, "map-a-" + s);
        String b = CareFixtures.grid(grids, VILLAGE, "map-b-" + s);
        while (b.equals(a)) {
            b = CareFixtures.grid(grids, VILLAGE, "map-b-" + s);
        }
        String far = CareFixtures.grid(grids, DONGQU_VILLAGE, "map-far-" + s);
        dispute(a, "REGISTERED", "HIGH", null);
        dispute(a, "MEDIATING", "LOW", null);
        dispute(a, "EFFECTIVE", "VIOLENCE", null);
        dispute(a, "PERFORMED", "HIGH", "VILLAGE");  // settled: not open, not counted as high risk
        dispute(a, "PERFORMED", "LOW", "TOWNSHIP");
        dispute(b, "FAILED", "HIGH", null);
        dispute(b, "PERFORMED", "MEDIUM", "VILLAGE");
        dispute(VILLAGE, "REGISTERED", "LOW", null);  // a village without a grid: off the map
        dispute(far, "REGISTERED", "HIGH", null);

        StaffPrincipal township = StaffFixtures.townshipStaff(9_180_001, 1, TOWNSHIP);
        JsonNode m = json(mvc.perform(get("/api/v1/disputes/statistics/map").with(StaffFixtures.as(township)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(m.get("township").asString()).isEqualTo(TOWNSHIP);
        assertThat(m.get("offGridOpen").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode ga = grid(m, a);
        assertThat(ga.get("open").asLong()).isEqualTo(3);
        assertThat(ga.get("highRisk").asLong()).isEqualTo(2);
        assertThat(ga.get("settledVillage").asLong()).isEqualTo(1);
        assertThat(ga.get("name").asString()).startsWith("关爱测试网格");
        assertThat(m.get("geometry").has(a)).isTrue();
        JsonNode gb = grid(m, b);
        assertThat(gb.get("open").asLong()).isZero();
        assertThat(gb.get("highRisk").asLong()).isZero();
        assertThat(gb.get("settledVillage").asLong()).isEqualTo(1);
        for (JsonNode g : m.get("grids")) {
            assertThat(g.get("code").asString()).startsWith("510107005");
        }

        // a county sees its own townships to switch among; another county's township is refused, nothing leaks
        StaffPrincipal county = StaffFixtures.countyAdmin(9_180_002, 1);
        JsonNode c = json(mvc.perform(get("/api/v1/disputes/statistics/map").param("township", TOWNSHIP)
                .with(StaffFixtures.as(county))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(grid(c, a).get("open").asLong()).isEqualTo(3);
        for (JsonNode t : c.get("townships")) {
            assertThat(t.get("code").asString()).startsWith("510107");
        }
        String refused = mvc.perform(get("/api/v1/disputes/statistics/map").param("township", "510402001000")
                .with(StaffFixtures.as(county))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).doesNotContain(far);

        // the page draws the same figures, names as text
        String page = mvc.perform(get("/disputes/statistics/map").with(StaffFixtures.as(township)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("stat-chart").contains(a).doesNotContain(far);
    }

    private static JsonNode grid(JsonNode m, String code) {
        for (JsonNode g : m.get("grids")) {
            if (g.get("code").asString().equals(code)) {
                return g;
            }
        }
        throw new AssertionError("grid " + code + " missing from " + m.get("grids"));
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    private void dispute(String region, String status, String risk, String settledLevel) {
        Instant now = Instant.now();
        jdbc.sql("""
                INSERT INTO dispute (case_number, kind, facts, region_code, risk, source, status, holder_level,
                  holder_region_code, registered_at, registered_by, settled_at, settled_level)
                VALUES (:case, 'NEIGHBOURS', '地图测试', :region, :risk, 'WALK_IN', :status, 'VILLAGE', :holder, :at,
                  'map-test', :settledAt, :level)""")
                .param("case", "MAP-" + s + "-" + SERIAL.incrementAndGet()).param("region", region).param("risk", risk)
                .param("status", status).param("holder", region.substring(0, 12)).param("at", Timestamp.from(now))
                .param("settledAt", settledLevel == null ? null : Timestamp.from(now))
                .param("level", settledLevel).update();
    }
}
