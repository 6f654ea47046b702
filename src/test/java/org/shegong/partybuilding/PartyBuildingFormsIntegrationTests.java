package org.shegong.partybuilding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.OverviewTile;
import org.shegong.Role;
import org.shegong.identity.OverviewSource;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The page forms that sit beside the API (instructors and liaisons, worker counts, stations and what happens at
 * them) call the same module methods: the same rules, the same refusals, nothing stored on bad input. The region
 * used, 仁和区 (510411), carries no other party-building test data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartyBuildingFormsIntegrationTests {

    static final String RENHE = "510411000000";
    static final String RENHE_TOWN = "510411100000";

    @Autowired
    MockMvc mvc;
    @Autowired
    PartyBuildingRegistry registry;
    @Autowired
    Coverage coverage;
    @Autowired
    Stations stations;
    @Autowired
    UnitManagement units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<OverviewSource> overview;

    final StaffPrincipal province = StaffFixtures.provinceAdmin();
    String suffix;
    UnitView department;

    @BeforeEach
    void ownDepartment() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        department = units.create(province, "仁和区交通运输局" + suffix, UnitKind.FUNCTIONAL_DEPARTMENT, RENHE);
    }

    private long rows(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void anInstructorAssignedThroughThePageGivesWorkCoverageAndABlankNameChangesNothing() throws Exception {
        OrganizationView unit = registry.register(province,
                PartyBuildingFixtures.enterprise("仁和区货运物流" + suffix, department.id().value(), RENHE_TOWN, 1));
        Scope mine = Scope.assignedTo(department.id().value(), RegionCode.of(RENHE));
        assertThat(coverage.gaps(mine, 100)).extracting(Gap::organizationId).contains(unit.id());
        long before = rows("partybuilding_instructor");

        mvc.perform(post("/partybuilding/instructors").with(as(province)).param("creditCode", unit.creditCode().value())
                .param("name", " ").param("kind", "LIAISON")).andExpect(status().isBadRequest());
        assertThat(rows("partybuilding_instructor")).isEqualTo(before);

        mvc.perform(post("/partybuilding/instructors").with(as(province)).param("creditCode", unit.creditCode().value())
                .param("name", "刘联络").param("kind", "LIAISON")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("刘联络")));
        assertThat(registry.find(mine, unit.id()).instructors()).isEqualTo(1);
        assertThat(coverage.gaps(mine, 100)).extracting(Gap::organizationId).doesNotContain(unit.id());
        CoverageFigures t = coverage.byRegion(mine).total();
        assertThat(t.operating()).isEqualTo(1);
        assertThat(t.workRate()).isEqualTo(100.0);
        assertThat(t.organizationalRate()).isEqualTo(0.0);
    }

    @Test
    void workerCountsEnteredThroughThePageAreKeptAndMoreMembersThanWorkersAreRefused() throws Exception {
        String village = "510411100001";
        mvc.perform(post("/partybuilding/workers").with(as(province)).param("regionCode", village).param("group", "COURIER")
                .param("workers", "10").param("partyMembers", "11")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM partybuilding_worker_count WHERE region_code = :r").param("r", village)
                .query(Long.class).single()).isZero();
        mvc.perform(post("/partybuilding/workers").with(as(province)).param("regionCode", village).param("group", "COURIER")
                .param("workers", "120").param("partyMembers", "8")).andExpect(status().isOk());
        assertThat(registry.workers(Scope.of(RegionCode.of(village)))).containsExactly(
                new PartyBuildingRegistry.WorkerCount(WorkerGroup.COURIER, 120, 8));
    }

    @Test
    void aStationRecordsDemandsRaisedThereOnlyWhenTheDemandIsVisibleToTheCaller() throws Exception {
        mvc.perform(post("/partybuilding/stations").with(as(province)).param("name", "仁和暖新驿站" + suffix)
                .param("regionCode", RENHE_TOWN).param("address", "仁和区仁和镇1号").param("lat", "26.50").param("lng", "101.74")
                .param("opens", "08:00").param("closes", "20:00").param("services", "REST", "DRINKING_WATER"))
                .andExpect(status().isOk());
        Station station = stations.list(Scope.of(RegionCode.of(RENHE))).stream()
                .filter(s -> s.name().equals("仁和暖新驿站" + suffix)).findFirst().orElseThrow();
        assertThat(station.services()).containsExactlyInAnyOrder(StationService.REST, StationService.DRINKING_WATER);
        // stored as a text[] of the services' names, sorted (V260), not as delimited text
        assertThat(jdbc.sql("""
                SELECT cardinality(services) || ':' || array_to_string(services, '|')
                  FROM partybuilding_station WHERE id = :id""").param("id", station.id().value()).query(String.class).single())
                .isEqualTo("2:DRINKING_WATER|REST");

        String created = mvc.perform(post("/api/v1/demands").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind":"HELP","categoryCode":"ZF-01","matter":"外卖骑手反映驿站附近缺少充电设施","phone":"13912340418",
                         "contactName":"骑手王先生","regionCode":"%s"}""".formatted(RENHE_TOWN)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String demandId = created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        assertThat(demandId).as(created).matches("\\d+");

        long before = rows("partybuilding_station_link");
        mvc.perform(post("/api/v1/partybuilding/stations/" + station.id() + "/links").with(as(province))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"DEMAND\",\"reference\":987654321}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reference"))
                .andExpect(jsonPath("$.errorEn").value(Matchers.containsString("does not exist")));
        // a county elsewhere sees neither the station nor the demand
        UnitView dongqu = units.create(province, "东区委社会工作部" + suffix, UnitKind.SOCIAL_WORK_DEPARTMENT, "510402000000");
        StaffPrincipal other = StaffFixtures.staff(9_141_001L, "pb-dq" + suffix, dongqu.id().value(), dongqu.name(), dongqu.kind(),
                "510402000000", Role.COUNTY_ADMIN);
        mvc.perform(post("/api/v1/partybuilding/stations/" + station.id() + "/links").with(as(other))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"DEMAND\",\"reference\":" + demandId + "}"))
                .andExpect(status().isNotFound());
        assertThat(rows("partybuilding_station_link")).isEqualTo(before);

        mvc.perform(post("/api/v1/partybuilding/stations/" + station.id() + "/links").with(as(province))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"DEMAND\",\"reference\":" + demandId + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.links[0].kind").value("DEMAND"))
                .andExpect(jsonPath("$.links[0].reference").value(Long.parseLong(demandId)));
    }

    @Test
    void theOverviewTileCountsCoverageAndGapsOfTheRegion() {
        registry.register(province, PartyBuildingFixtures.enterprise("仁和区无覆盖企业" + suffix, department.id().value(), RENHE_TOWN, 0));
        StaffPrincipal handler = StaffFixtures.staff(9_141_002L, "pb-h" + suffix, department.id().value(), department.name(),
                department.kind(), RENHE, Role.DEPARTMENT_HANDLER);
        OverviewTile tile = overview.stream().map(s -> s.tile(handler, RENHE)).flatMap(java.util.Optional::stream)
                .filter(t -> t.titleKey().equals("partybuilding.overview.title")).findFirst().orElseThrow();
        // the department sees its own unit only: 1 operating, nothing covered, one gap
        assertThat(tile.figures()).extracting(OverviewTile.Figure::value).containsExactly("1", "0.0%", "0.0%", "1");
        assertThat(tile.figures().get(3).alert()).isTrue();
        assertThat(overview.stream().map(s -> s.tile(handler, "510402000000")).flatMap(java.util.Optional::stream)).isEmpty();
    }
}
