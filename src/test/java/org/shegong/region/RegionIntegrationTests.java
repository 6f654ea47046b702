package org.shegong.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.identity.StaffFixtures.as;
import static org.shegong.region.GridFixtures.collection;
import static org.shegong.region.GridFixtures.feature;
import static org.shegong.region.GridFixtures.square;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import org.shegong.ConcurrentChange;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
class RegionIntegrationTests {

    /** A village of 浆洗街街道 (武侯区) that the demo grids leave alone. */
    private static final String VILLAGE = "510107001004";

    @Autowired WebApplicationContext context;
    MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired DivisionImport divisionImport;
    @Autowired RegionDirectory regions;
    @Autowired Grids grids;

    @BeforeEach
    void mockMvcWithSecurity() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private int count(String level) {
        return jdbc.sql("select count(*) from region_division where level = :level").param("level", level)
                .query(Integer.class).single();
    }

    @Test
    void importsTheWholeSichuanTreeOnFirstStartAndNothingOnTheSecond() {
        assertThat(count("PROVINCE")).isEqualTo(1);
        assertThat(count("CITY")).isEqualTo(21);
        assertThat(count("COUNTY")).isEqualTo(183);
        assertThat(count("TOWNSHIP")).isEqualTo(3111);
        assertThat(count("VILLAGE")).isEqualTo(34412);

        assertThat(divisionImport.importIfNeeded()).isZero();
        assertThat(count("VILLAGE")).isEqualTo(34412);
    }

    @Test
    void countsUnitsPerLevelUnderARegion() {
        Map<RegionLevel, Integer> counts = regions.countsByLevel(RegionCode.SICHUAN);

        assertThat(counts).containsEntry(RegionLevel.CITY, 21).containsEntry(RegionLevel.COUNTY, 183)
                .containsEntry(RegionLevel.TOWNSHIP, 3111).containsEntry(RegionLevel.VILLAGE, 34412);
        assertThat(regions.ancestors(RegionCode.of("510107005001"))).extracting(Region::name)
                .containsExactly("四川省", "成都市", "武侯区", "玉林街道", "玉林北路社区居委会");
    }

    @Test
    void searchesByNameAndCodeExactMatchesFirst() {
        assertThat(regions.search("玉林街道", 10)).first().extracting(r -> r.code().value()).isEqualTo("510107005000");
        assertThat(regions.search("510107", 5)).first().extracting(r -> r.code().value()).isEqualTo("510107000000");
        assertThat(regions.search("成都", 5)).first().extracting(Region::name).isEqualTo("成都市");
        assertThat(regions.search("%", 5)).isEmpty();
    }

    @Test
    void answersARegionWithExactlyTheDocumentedFields() throws Exception {
        mvc.perform(get("/api/v1/regions/510107000000").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"code":"510107000000","name":"武侯区","level":"COUNTY","parentCode":"510100000000","childCount":15}
                        """, org.springframework.test.json.JsonCompareMode.STRICT));
        mvc.perform(get("/api/v1/regions/510000000000").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(jsonPath("$.parentCode").doesNotExist())
                .andExpect(jsonPath("$.childCount").value(21));
    }

    @Test
    void listsChildrenAsAnArrayOfRegions() throws Exception {
        mvc.perform(get("/api/v1/regions/510107005000/children").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(11))
                .andExpect(jsonPath("$[0].code").value("510107005001"))
                .andExpect(jsonPath("$[0].level").value("VILLAGE"))
                .andExpect(jsonPath("$[0].parentCode").value("510107005000"));
    }

    @Test
    void answers404ForAnUnknownCodeAnd400ForAMalformedOne() throws Exception {
        mvc.perform(get("/api/v1/regions/510199000000").with(as(StaffFixtures.provinceAdmin()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/regions/5101").with(as(StaffFixtures.provinceAdmin()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("code"));
        mvc.perform(get("/api/v1/regions/51010000000x/children").with(as(StaffFixtures.provinceAdmin()))).andExpect(status().isBadRequest());
    }

    @Test
    void resolvesAnAddressOverTheApi() throws Exception {
        mvc.perform(get("/api/v1/regions/resolve").param("address", "成都市武侯区玉林街道玉林北路1号").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matched").value(true))
                .andExpect(jsonPath("$.region.code").value("510107005000"))
                .andExpect(jsonPath("$.ambiguous").value(false))
                .andExpect(jsonPath("$.spans[2].text").value("玉林街道"));
        mvc.perform(get("/api/v1/regions/resolve").param("address", "北京市朝阳区").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matched").value(false));
    }

    @Test
    void createsDemoGridsForTheDemoTownshipsLabelledAsDemo() throws Exception {
        List<Grid> yulin = grids.inTownship(RegionCode.of("510107005000"));

        assertThat(yulin).hasSize(16).allSatisfy(g -> {
            assertThat(g.demo()).isTrue();
            assertThat(g.householdCount()).isBetween(200, 600);
            assertThat(g.workers()).hasSize(1);
        });
        assertThat(grids.inTownship(RegionCode.of("510117104000"))).hasSize(15);
        mvc.perform(get("/grids/" + yulin.get(0).code().value() + "/card").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("演示数据")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(yulin.get(0).workers().get(0).phone())));
    }

    @Test
    void locatesTheGridAtAPointAndSaysClearlyWhenThereIsNone() throws Exception {
        mvc.perform(get("/api/v1/grids/locate").param("lat", "30.632").param("lng", "104.063").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.townshipCode").value("510107005000"))
                .andExpect(jsonPath("$.demo").value(true));
        mvc.perform(get("/api/v1/grids/locate").param("lat", "28.0").param("lng", "100.0").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("此处没有网格"))
                .andExpect(jsonPath("$.errorEn").value("No grid here"));
        mvc.perform(get("/api/v1/grids/locate").param("lat", "91").param("lng", "104").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("lat"));
        mvc.perform(get("/api/v1/grids/locate").param("lat", "30").param("lng", "-181").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("lng"));
    }

    @Test
    void storesAnUploadWholeAndFindsItsGridsByPoint() throws Exception {
        String upload = collection(
                feature(VILLAGE + "001", "洗面桥第1网格", "Polygon", square(104.030, 30.645, 0.004)),
                feature(VILLAGE + "002", "洗面桥第2网格", "Polygon", square(104.034, 30.645, 0.004)));

        mvc.perform(post("/api/v1/grids").with(as(StaffFixtures.provinceAdmin())).contentType(MediaType.APPLICATION_JSON).content(upload))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.codes[0]").value(VILLAGE + "001"))
                .andExpect(jsonPath("$.codes[1]").value(VILLAGE + "002"));

        mvc.perform(get("/api/v1/grids/locate").param("lat", "30.647").param("lng", "104.036").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(VILLAGE + "002"))
                .andExpect(jsonPath("$.villageCode").value(VILLAGE))
                .andExpect(jsonPath("$.workers[0].phone").value("17000001234"));
        mvc.perform(get("/api/v1/grids").param("township", "510107001000").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"))
                .andExpect(jsonPath("$.features[0].properties.workers[0].phone").value("170****1234"));
    }

    @Test
    void rejectsTheWholeUploadWhenOneFeatureIsBad() throws Exception {
        String upload = collection(
                feature(VILLAGE + "101", "好网格", "Polygon", square(104.030, 30.655, 0.004)),
                feature(VILLAGE + "102", "自相交", "Polygon",
                        "[[[104.03,30.66],[104.04,30.67],[104.04,30.66],[104.03,30.67],[104.03,30.66]]]"));

        mvc.perform(post("/api/v1/grids").with(as(StaffFixtures.provinceAdmin())).contentType(MediaType.APPLICATION_JSON).content(upload))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"));

        assertThat(grids.find(RegionCode.of(VILLAGE + "101"), Scope.PROVINCE)).isEmpty();
    }

    @Test
    void refusesGridsOfUnknownVillagesOrOutsideTheUploadersScope() throws Exception {
        String unknownVillage = feature("510107001999001", "无此村", "Polygon", square(104.03, 30.66, 0.004));
        String otherCounty = feature("510104020001001", "锦江区网格", "Polygon", square(104.08, 30.66, 0.004));

        assertThatThrownBy(() -> grids.importGeoJson(unknownVillage, Scope.PROVINCE))
                .isInstanceOfSatisfying(GridUploadRejected.class,
                        e -> assertThat(e.messageKey()).isEqualTo("region.grid.village.unknown"));
        mvc.perform(post("/api/v1/grids").with(as(StaffFixtures.staff(50, "wuhou", 50, "武侯区委社会工作部", UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000", Role.COUNTY_ADMIN)))
                        .contentType(MediaType.APPLICATION_JSON).content(otherCounty))
                .andExpect(status().isBadRequest());
        assertThat(grids.find(RegionCode.of("510104020001001"), Scope.PROVINCE)).isEmpty();
    }

    @Test
    void refusesAStaleEditOfAGrid() {
        RegionCode code = RegionCode.of(VILLAGE + "201");
        grids.importGeoJson(feature(code.value(), "编辑测试网格", "Polygon", square(104.02, 30.645, 0.004)), Scope.PROVINCE);
        Grid read = grids.get(code);

        Grid edited = grids.edit(code, read.version(), "编辑后网格", 410, "028-00009999", null,
                List.of(new GridWorker("李秀英", "17000005678", null)), Scope.PROVINCE);

        assertThat(edited.version()).isEqualTo(read.version() + 1);
        assertThat(edited.workers()).extracting(GridWorker::name).containsExactly("李秀英");
        assertThatThrownBy(() -> grids.edit(code, read.version(), "过期编辑", 1, null, null, List.of(), Scope.PROVINCE))
                .isInstanceOf(ConcurrentChange.class);
        assertThatThrownBy(() -> grids.edit(code, edited.version(), "越权", 1, null, null, List.of(),
                Scope.of(RegionCode.of("510104000000")))).isInstanceOf(NotFound.class);
    }

    @Test
    void gridUploadNeedsAnAdministratorOrTownshipRoleAndReadsNeedALogin() throws Exception {
        String upload = feature(VILLAGE + "301", "角色测试网格", "Polygon", square(104.03, 30.646, 0.002));
        mvc.perform(post("/api/v1/grids").with(as(StaffFixtures.staff(51, "grid", 51, "浆洗街社区居委会",
                        UnitKind.VILLAGE_COMMITTEE, VILLAGE, Role.GRID_WORKER)))
                        .contentType(MediaType.APPLICATION_JSON).content(upload))
                .andExpect(status().isForbidden());
        assertThat(grids.find(RegionCode.of(VILLAGE + "301"), Scope.PROVINCE)).isEmpty();
        mvc.perform(get("/api/v1/regions/510000000000")).andExpect(status().isUnauthorized());
    }

    @Test
    void aTownshipUserEditsItsOwnGridButAnotherTownshipsGridIsNotFoundAndUnchanged() throws Exception {
        var yulinStaff = StaffFixtures.staff(52, "yulin-staff", 52, "玉林街道办事处", UnitKind.TOWNSHIP_OFFICE,
                "510107005000", Role.TOWNSHIP_STAFF);
        Grid own = grids.inTownship(RegionCode.of("510107005000")).get(0);
        RegionCode tangchang = grids.townshipsWithGrids(Scope.PROVINCE).stream()
                .filter(t -> !t.value().equals("510107005000")).findFirst().orElseThrow();
        Grid other = grids.inTownship(tangchang).get(0);
        String body = "{\"version\":%d,\"name\":\"%s\",\"householdCount\":321,\"workers\":[{\"name\":\"张秀兰\",\"phone\":\"17000001111\"}]}";

        mvc.perform(put("/api/v1/grids/" + own.code().value()).with(as(yulinStaff)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(own.version(), "玉林北路第1网格（改）")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.householdCount").value(321));
        mvc.perform(put("/api/v1/grids/" + other.code().value()).with(as(yulinStaff)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(other.version(), "越权修改")))
                .andExpect(status().isNotFound());
        assertThat(grids.get(other.code()).name()).isEqualTo(other.name());
        assertThat(grids.find(other.code(), yulinStaff.scope())).isEmpty();
    }
}
