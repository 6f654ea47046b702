package org.shegong.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
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

/** The visit map counts overdue people and visits done against due (last 30 days) per grid, inside the caller's region. */
@SpringBootTest
@AutoConfigureMockMvc
class CareMapIntegrationTests {

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
    void overdueAndDoneAgainstDueArePerGridAndNothingComesFromAnotherCounty() throws Exception {
        String a = CareFixtures.grid(grids, VILLAGE, "cmap-a-" + s);
        String far = CareFixtures.grid(grids, DONGQU_VILLAGE, "cmap-far-" + s);
        Instant now = Instant.now();
        long weekly = person(a, 7, now.minus(Duration.ofDays(2)), true);      // overdue
        long monthly = person(a, 30, now.plus(Duration.ofDays(20)), true);    // not overdue
        person(a, 7, now.minus(Duration.ofDays(9)), false);                   // inactive: not counted
        long distant = person(far, 7, now.minus(Duration.ofDays(5)), true);
        visit(weekly, a, now.minus(Duration.ofDays(3)));
        visit(monthly, a, now.minus(Duration.ofDays(10)));
        visit(monthly, a, now.minus(Duration.ofDays(45)));                    // before the 30 days
        visit(distant, far, now.minus(Duration.ofDays(1)));

        StaffPrincipal township = StaffFixtures.townshipStaff(9_181_001, 1, TOWNSHIP);
        JsonNode m = json(mvc.perform(get("/api/v1/care/statistics/map").with(StaffFixtures.as(township)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(m.get("township").asString()).isEqualTo(TOWNSHIP);
        JsonNode g = grid(m, a);
        assertThat(g.get("people").asLong()).isEqualTo(2);
        assertThat(g.get("overdue").asLong()).isEqualTo(1);
        assertThat(g.get("done").asLong()).isEqualTo(2);
        // due over 30 days: weekly ceil(30/7) = 5, monthly ceil(30/30) = 1
        assertThat(g.get("due").asLong()).isEqualTo(6);
        assertThat(g.get("name").asString()).startsWith("关爱测试网格");
        for (JsonNode x : m.get("grids")) {
            assertThat(x.get("code").asString()).startsWith("510107005");
        }

        StaffPrincipal county = StaffFixtures.countyAdmin(9_181_002, 1);
        String refused = mvc.perform(get("/api/v1/care/statistics/map").param("township", "510402001000")
                .with(StaffFixtures.as(county))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).doesNotContain(far);
        mvc.perform(get("/api/v1/care/statistics/map").param("township", "51040200100x").with(StaffFixtures.as(county)))
                .andExpect(status().isBadRequest());

        String page = mvc.perform(get("/care/statistics/map").with(StaffFixtures.as(township)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("stat-chart").contains(a).doesNotContain(far);
    }

    private long person(String grid, int visitDays, Instant nextDue, boolean active) {
        int n = SERIAL.incrementAndGet();
        return jdbc.sql("""
                INSERT INTO care_person (name, group_code, risk, resident_id_cipher, resident_id_index, resident_id_masked,
                  birth_year, village_code, township_code, region_code, responsible_unit_id, visit_days, next_due_at,
                  active, created_by, created_at)
                VALUES ('地图测试', 'ELDERLY_ALONE', 'NORMAL', :cipher, :index, '5101**********0000', 1940, :village,
                  :township, :grid, 1, :days, :due, :active, 'map-test', now()) RETURNING id""")
                .param("cipher", new byte[] {1}).param("index", "map-" + s + "-" + n)
                .param("village", grid.substring(0, 12)).param("township", grid.substring(0, 9) + "000").param("grid", grid)
                .param("days", visitDays).param("due", Timestamp.from(nextDue)).param("active", active)
                .query(Long.class).single();
    }

    private void visit(long person, String grid, Instant at) {
        jdbc.sql("""
                INSERT INTO care_visit (person_id, region_code, visited_at, place, seen, visitor_name, logged_by, on_time,
                  created_at) VALUES (:person, :grid, :at, '家中', '地图测试', '测试', 'map-test', true, now())""")
                .param("person", person).param("grid", grid).param("at", Timestamp.from(at)).update();
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
}
