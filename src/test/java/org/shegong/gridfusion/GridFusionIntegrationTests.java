package org.shegong.gridfusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.GridTask;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Role;
import org.shegong.demand.Channel;
import org.shegong.demand.DemandKind;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.SubmitDemand;
import org.shegong.demand.TimeLimitClass;
import org.shegong.duty.VillageWorkLists;
import org.shegong.duty.VillageWorkType;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.region.GridUploadRejected;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Departmental layers of 洪雅县 (511423) on real PostgreSQL: upload all-or-nothing, the fit report, mapping inside the
 * administrator's scope, retirement, inspections only for admitted items, and a grid worker's one list drawing from
 * demand and gridfusion. The unified grids are the hand-drawn squares of {@link FitAnalysisUnitTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GridFusionIntegrationTests {

    static final String COUNTY = "511423000000", VILLAGE_A = "511423101001", VILLAGE_B = "511423101002";
    static final String U1 = FitAnalysisUnitTests.U1, U2 = FitAnalysisUnitTests.U2, U3 = FitAnalysisUnitTests.U3;
    private static final AtomicInteger NEXT_ACCOUNT = new AtomicInteger(8_310_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    GridFusionManagement fusion;
    @Autowired
    InspectionManagement inspections;
    @Autowired
    GridTaskList taskList;
    @Autowired
    Grids grids;
    @Autowired
    UnitManagement units;
    @Autowired
    VillageWorkLists villageLists;
    @Autowired
    DemandManagement demands;
    @Autowired
    JdbcClient jdbc;

    String s;
    StaffPrincipal admin;
    StaffPrincipal department;
    StaffPrincipal worker;
    StaffPrincipal workerB;

    static String square(String code, String name, double x1, double y1, double x2, double y2, String worker) {
        return """
                {"type":"Feature","properties":{"code":"%s","name":"%s","workers":[{"name":"网格员","phone":"13700001111","account":"%s"}]},
                 "geometry":{"type":"Polygon","coordinates":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}}"""
                .formatted(code, name, worker, x1, y1, x2, y1, x2, y2, x1, y2, x1, y1);
    }

    static String departmental(String key, double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, """
                {"type":"Feature","properties":{"code":"%s","name":"城管%s"},
                 "geometry":{"type":"Polygon","coordinates":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}}""",
                key, key, x1, y1, x2, y1, x2, y2, x1, y2, x1, y1);
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    /** D1–D3 of the unit test: fit 1e-4 of 2.75e-4 deg². */
    static String layer() {
        return collection(departmental("D1", 103.30, 29.90, 103.316, 29.91), departmental("D2", 103.316, 29.90, 103.325, 29.91),
                departmental("D3", 103.32, 29.90, 103.325, 29.905));
    }

    @BeforeEach
    void county() {
        s = UUID.randomUUID().toString().substring(0, 6);
        StaffPrincipal province = StaffFixtures.provinceAdmin();
        var office = units.create(province, "洪雅县委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, COUNTY);
        admin = StaffFixtures.staff(NEXT_ACCOUNT.getAndIncrement(), "hy-admin" + s, office.id().value(), office.name(),
                UnitKind.SOCIAL_WORK_DEPARTMENT, COUNTY, Role.COUNTY_ADMIN);
        var bureau = units.create(province, "洪雅县综合行政执法局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, COUNTY);
        department = StaffFixtures.staff(NEXT_ACCOUNT.getAndIncrement(), "hy-cg" + s, bureau.id().value(), bureau.name(),
                UnitKind.FUNCTIONAL_DEPARTMENT, COUNTY, Role.DEPARTMENT_HANDLER);
        var committee = units.create(province, "止火街社区" + s, UnitKind.VILLAGE_COMMITTEE, VILLAGE_A);
        worker = StaffFixtures.staff(NEXT_ACCOUNT.getAndIncrement(), "hy-gw" + s, committee.id().value(), committee.name(),
                UnitKind.VILLAGE_COMMITTEE, VILLAGE_A, Role.GRID_WORKER);
        var committeeB = units.create(province, "八角庙社区" + s, UnitKind.VILLAGE_COMMITTEE, VILLAGE_B);
        workerB = StaffFixtures.staff(NEXT_ACCOUNT.getAndIncrement(), "hy-gwb" + s, committeeB.id().value(), committeeB.name(),
                UnitKind.VILLAGE_COMMITTEE, VILLAGE_B, Role.GRID_WORKER);
        // the unified grids with this test's workers (re-imported by every test: upsert by code)
        grids.importGeoJson(collection(square(U1, "止火街一网格", 103.30, 29.90, 103.31, 29.91, worker.username()),
                square(U2, "止火街二网格", 103.31, 29.90, 103.32, 29.91, worker.username()),
                square(U3, "八角庙一网格", 103.32, 29.90, 103.33, 29.91, workerB.username())), Scope.PROVINCE);
    }

    private long layerCount() {
        return jdbc.sql("select count(*) from gridfusion_layer where county_code = :c").param("c", COUNTY).query(Long.class).single();
    }

    @Test
    void uploadReportsTheFitAndAcceptingTheSuggestionsRaisesTheFusionFigure() throws Exception {
        DepartmentLayer layer = fusion.upload(department, COUNTY, null, "城管网格<script>" + s, layer());
        String page = mvc.perform(get("/grid-layers/" + layer.id()).with(as(admin))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"fit-map\"", "class=\"fit-crossing\"", "class=\"fit-uncovered\"", "class=\"fit-twice\"",
                "城管网格&lt;script&gt;" + s, "36.4%").doesNotContain("城管网格<script>");
        assertThat(layer.department()).isEqualTo(department.unitName());
        assertThat(layer.version()).isEqualTo(1);
        assertThat(layer.gridCount()).isEqualTo(3);

        LayerReport report = fusion.report(admin, layer.id());
        assertThat(report.fit().fitFigure()).isCloseTo(1.0 / 2.75, within(1e-6));
        assertThat(report.fusionFigure()).isCloseTo(1.0 / 2.75, within(1e-6));
        double k = FitAnalysisUnitTests.K;
        assertThat(report.fit().uncoveredArea()).isCloseTo(0.5e-4 * k, within(5.0));
        assertThat(report.fit().coveredTwiceArea()).isCloseTo(0.25e-4 * k, within(5.0));
        assertThat(report.fit().crossingVillages()).isEqualTo(1);
        assertThat(report.allowed()).contains(GridFusionStep.MAP_GRIDS, GridFusionStep.RETIRE_LAYER);

        assertThat(fusion.acceptSuggestions(admin, layer.id())).isEqualTo(3);
        LayerReport mapped = fusion.report(admin, layer.id());
        long d1 = mapped.fit().grids().get(0).id();
        assertThat(mapped.mapped().get(d1)).containsExactly(U1, U2);
        assertThat(mapped.fusionFigure()).isCloseTo(1.0, within(1e-9));

        // a second version supersedes the first: the county counts only the current one
        DepartmentLayer v2 = fusion.upload(department, COUNTY, null, "城管网格<script>" + s, layer());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(fusion.layer(admin, layer.id()).status()).isEqualTo(LayerStatus.SUPERSEDED);
        assertThat(fusion.report(admin, v2.id()).mapped()).isEmpty();
    }

    @Test
    void countyStatisticsCountMappedGridsWhole() {
        // 仁寿县 (511421) holds no unified grids: a layer there fits nothing
        StaffPrincipal province = StaffFixtures.provinceAdmin();
        DepartmentLayer elsewhere = fusion.upload(province, "511421", "应急管理局", "应急网格" + s,
                collection(departmental("E1", 104.10, 30.00, 104.11, 30.01)));
        CountyFigure renshou = fusion.statistics(province).stream().filter(c -> c.county().value().equals("511421000000"))
                .findFirst().orElseThrow();
        assertThat(renshou.countyName()).isEqualTo("仁寿县");
        assertThat(renshou.fitFigure()).isZero();
        assertThat(fusion.report(province, elsewhere.id()).fit().grids().get(0).suggested()).isEmpty();
        assertThatThrownBy(() -> fusion.acceptSuggestions(province, elsewhere.id())).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "gridfusion.mapping.nothingSuggested");
    }

    @Test
    void mappingOntoGridsOutsideTheAdministratorsScopeIsRefusedAndNothingStored() {
        DepartmentLayer layer = fusion.upload(department, COUNTY, null, "城管网格" + s, layer());
        long d1 = fusion.report(admin, layer.id()).fit().grids().get(0).id();
        long d2 = fusion.report(admin, layer.id()).fit().grids().get(1).id();
        // 攀枝花市东区's grid, and a well-formed code that is no grid of the county
        for (String outside : List.of("510402001002001", "511423101001999")) {
            assertThatThrownBy(() -> fusion.map(admin, layer.id(), Map.of(d2, List.of(U3), d1, List.of(U1, outside))))
                    .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "gridfusion.mapping.outsideScope");
        }
        assertThat(fusion.report(admin, layer.id()).mapped()).isEmpty();
        // another county's administrator does not see the layer at all
        StaffPrincipal wuhou = StaffFixtures.staff(NEXT_ACCOUNT.getAndIncrement(), "wh" + s, admin.unitId().value(), "武侯区", 
                UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000", Role.COUNTY_ADMIN);
        assertThatThrownBy(() -> fusion.map(wuhou, layer.id(), Map.of(d1, List.of(U1)))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> fusion.report(wuhou, layer.id())).isInstanceOf(NotFound.class);
        // a department sees its own layers only
        DepartmentLayer byAdmin = fusion.upload(admin, COUNTY, "卫健局", "卫健网格" + s, layer());
        assertThat(fusion.layers(department)).extracting(DepartmentLayer::id).contains(layer.id()).doesNotContain(byAdmin.id());
        assertThatThrownBy(() -> fusion.report(department, byAdmin.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void retirementNeedsEveryGridMappedThenSendsTheDepartmentsWorkToTheUnifiedGrids() {
        DepartmentLayer layer = fusion.upload(department, COUNTY, null, "城管网格" + s, layer());
        List<FitReport.GridFit> fits = fusion.report(admin, layer.id()).fit().grids();
        fusion.map(admin, layer.id(), Map.of(fits.get(0).id(), List.of(U1, U2)));
        assertThatThrownBy(() -> fusion.retire(admin, layer.id())).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "gridfusion.retire.unmapped");
        assertThat(fusion.layer(admin, layer.id()).status()).isEqualTo(LayerStatus.ACTIVE);
        admit("XC-" + s.substring(0, 4).toUpperCase(Locale.ROOT), VILLAGE_B);
        String item = "XC-" + s.substring(0, 4).toUpperCase(Locale.ROOT);
        // before retirement the departmental grid is not a place to send work
        assertThatThrownBy(() -> inspections.push(department, new PushInspection(item, "占道经营巡查", null, fits.get(1).id(),
                LocalDate.now().plusDays(3)))).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "gridfusion.inspection.layerNotMerged");

        fusion.map(admin, layer.id(), Map.of(fits.get(1).id(), List.of(U3), fits.get(2).id(), List.of(U3)));
        DepartmentLayer retired = fusion.retire(admin, layer.id());
        assertThat(retired.status()).isEqualTo(LayerStatus.RETIRED);
        assertThat(retired.retiredBy()).isEqualTo(admin.username());
        assertThat(fusion.report(admin, layer.id()).allowed()).doesNotContain(GridFusionStep.MAP_GRIDS, GridFusionStep.RETIRE_LAYER);
        assertThatThrownBy(() -> fusion.map(admin, layer.id(), Map.of(fits.get(0).id(), List.of(U1))))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "gridfusion.layer.notActive");

        // the department's work in D2's area now goes to U3's worker
        var pushed = inspections.push(department, new PushInspection(item, "占道经营巡查" + s, null, fits.get(1).id(),
                LocalDate.now().plusDays(3)));
        assertThat(pushed.gridCodes()).containsExactly(U3);
        assertThat(taskList.of(workerB).tasks()).anySatisfy(t -> {
            assertThat(t.kindKey()).isEqualTo("gridfusion.task.inspection");
            assertThat(t.gridCode()).isEqualTo(U3);
            assertThat(t.title()).contains("占道经营巡查" + s);
        });
    }

    private void admit(String code, String... villages) {
        StaffPrincipal province = StaffFixtures.provinceAdmin();
        for (String village : villages) {
            villageLists.add(province, RegionCode.of(village), code, "市容巡查" + s, VillageWorkType.LAWFUL_ASSIST, List.of("ZF-01"),
                    LocalDate.now().minusDays(1));
        }
    }

    @Test
    void anInspectionIsPushedOnlyWhereTheItemIsAdmitted() {
        String item = "XD-" + s.substring(0, 4).toUpperCase(Locale.ROOT);
        admit(item, VILLAGE_A);
        long before = jdbc.sql("select count(*) from gridfusion_inspection").query(Long.class).single();
        // the township holds both villages; 八角庙 has not admitted the item
        assertThatThrownBy(() -> inspections.push(department, new PushInspection(item, "燃气安全巡查", "511423101000", null,
                LocalDate.now().plusDays(5)))).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "gridfusion.inspection.notAdmitted")
                .satisfies(e -> assertThat((String) ((InvalidInput) e).args()[1]).contains(VILLAGE_B).doesNotContain(VILLAGE_A));
        assertThat(jdbc.sql("select count(*) from gridfusion_inspection").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from duty_village_refusal where item_code = :c and kind = 'INSPECTION' and village_code = :v")
                .param("c", item).param("v", VILLAGE_B).query(Long.class).single())
                .as("the refusal is counted for the burden dashboard, after the push itself rolled back").isEqualTo(1);

        var pushed = inspections.push(department, new PushInspection(item, "燃气安全巡查" + s, VILLAGE_A, null,
                LocalDate.now().plusDays(5)));
        assertThat(pushed.gridCodes()).containsExactly(U1, U2);
        assertThat(pushed.itemName()).isEqualTo("市容巡查" + s);
        // an area outside the department's county is refused like an unknown one
        assertThatThrownBy(() -> inspections.push(department, new PushInspection(item, "巡查", "510402001002", null,
                LocalDate.now().plusDays(5)))).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "gridfusion.inspection.area.invalid");
        assertThatThrownBy(() -> inspections.push(department, new PushInspection(item, "巡查", VILLAGE_A, null,
                LocalDate.now().minusDays(1)))).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "gridfusion.inspection.due.invalid");
    }

    @Test
    void theWorkersOneListDrawsFromDemandAndInspections() throws Exception {
        String item = "XE-" + s.substring(0, 4).toUpperCase(Locale.ROOT);
        admit(item, VILLAGE_A);
        inspections.push(department, new PushInspection(item, "消防通道巡查" + s, U2, null, LocalDate.now().plusDays(2)));
        // a demand placed by a point inside U1, dispatched to the worker's community
        var submitted = demands.submit(new SubmitDemand(DemandKind.HELP, TimeLimitClass.ORDINARY, Channel.HOTLINE, "ZF-01",
                "止火街路灯不亮" + s, "13812345670", "李先生", null, 29.905, 103.305, null), admin, null);
        assertThat(demands.find(admin, submitted.id()).regionCode()).isEqualTo(U1);
        demands.dispatch(admin, submitted.id(), new DemandManagement.Dispatch(worker.unitId().value(), List.of(), "网格内事项"));

        GridTaskList.WorkerTasks mine = taskList.of(worker);
        assertThat(mine.gridCodes()).containsExactly(U1, U2);
        assertThat(mine.tasks()).filteredOn(t -> t.title().contains(s)).extracting(GridTask::kindKey, GridTask::gridCode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("demand.gridTask.accept", U1),
                        org.assertj.core.groups.Tuple.tuple("gridfusion.task.inspection", U2));
        assertThat(mine.tasks()).filteredOn(t -> t.title().contains(s)).allSatisfy(t -> assertThat(t.deadline()).isNotNull());

        mvc.perform(get("/api/v1/grid/tasks").with(as(worker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.grids.length()").value(2))
                .andExpect(jsonPath("$.tasks[?(@.title == '止火街路灯不亮" + s + "')].link").value("/demands/" + submitted.id()));
        String page = mvc.perform(get("/grid/tasks").with(as(worker))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("止火街路灯不亮" + s, "消防通道巡查" + s, "诉求待核实受理", "部门巡查任务");

        String inspectionPage = mvc.perform(get("/grid/inspections/" + mine.tasks().stream()
                        .filter(t -> t.kindKey().equals("gridfusion.task.inspection") && t.title().contains(s)).findFirst()
                        .orElseThrow().link().substring("/grid/inspections/".length())).with(as(worker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(inspectionPage).contains("消防通道巡查" + s, "id=\"inspection-done\"");
        String pushedPage = mvc.perform(get("/grid/inspections").with(as(department))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(pushedPage).contains("消防通道巡查" + s, "id=\"push-form\"");
        // the worker completes the inspection; it leaves the list
        long id = mine.tasks().stream().filter(t -> t.kindKey().equals("gridfusion.task.inspection") && t.title().contains(s))
                .findFirst().map(t -> Long.parseLong(t.link().substring(t.link().lastIndexOf('/') + 1))).orElseThrow();
        assertThat(inspections.complete(worker, id, "已巡查，通道畅通").done()).isTrue();
        assertThat(taskList.of(worker).tasks()).noneMatch(t -> t.link().equals("/grid/inspections/" + id));
        // someone else's grid worker may not complete it
        StaffPrincipal other = StaffFixtures.staff(NEXT_ACCOUNT.getAndIncrement(), "hy-gw2" + s, worker.unitId().value(), worker.unitName(),
                UnitKind.VILLAGE_COMMITTEE, VILLAGE_A, Role.GRID_WORKER);
        var again = inspections.push(department, new PushInspection(item, "再次巡查" + s, U2, null, LocalDate.now().plusDays(2)));
        long second = jdbc.sql("select id from gridfusion_inspection where batch = :b").param("b", again.batch()).query(Long.class).single();
        assertThatThrownBy(() -> inspections.complete(other, second, null)).isInstanceOf(org.shegong.NotPermitted.class);
    }

    @Test
    void badLayersAreRefusedWithEveryProblemAndNothingStored() throws Exception {
        long before = layerCount();
        String bowTie = """
                {"type":"Feature","properties":{"code":"X","name":"自相交"},"geometry":{"type":"Polygon",
                 "coordinates":[[[103.30,29.90],[103.31,29.91],[103.31,29.90],[103.30,29.91],[103.30,29.90]]]}}""";
        assertThatThrownBy(() -> fusion.upload(department, COUNTY, null, "坏图层" + s,
                collection(departmental("OK", 103.30, 29.90, 103.31, 29.91), bowTie, departmental("BJ", 116.39, 39.90, 116.40, 39.91))))
                .isInstanceOf(GridUploadRejected.class)
                .satisfies(e -> assertThat(((GridUploadRejected) e).problems()).extracting(GridUploadRejected.Problem::messageKey)
                        .containsExactly("gridfusion.layer.selfIntersection", "gridfusion.layer.outsideSichuan"));
        // the API names the projected system in both languages
        String gaussKruger = collection(departmental("GK", 35_480_000, 3_310_000, 35_480_500, 3_310_500));
        mvc.perform(post("/api/v1/grid-layers").param("county", COUNTY).param("name", "投影图层" + s).with(as(department))
                        .contentType(MediaType.APPLICATION_JSON).content(gaussKruger))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("gridfusion.layer.projected"))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("投影坐标系")))
                .andExpect(jsonPath("$.errorEn").value(org.hamcrest.Matchers.containsString("3-degree Gauss-Kruger zone 35 (EPSG:4523")))
                .andExpect(jsonPath("$.problems[0].feature").doesNotExist());
        // a county outside the department's region
        assertThatThrownBy(() -> fusion.upload(department, "510402000000", null, "东区" + s, layer()))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "gridfusion.layer.county.invalid");
        assertThat(layerCount()).isEqualTo(before);
    }
}
