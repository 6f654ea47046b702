package org.shegong.partybuilding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.partybuilding.FormPartyOrganization.Member;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PartyBuildingIntegrationTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DONGQU = "510402000000";
    static final String DADUKOU = "510402001000";
    static final String BINGCAOGANG = "510402002000";

    @Autowired
    MockMvc mvc;
    @Autowired
    PartyBuildingRegistry registry;
    @Autowired
    PartyOrganizations parties;
    @Autowired
    Coverage coverage;
    @Autowired
    UnitManagement units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Stations stations;

    final StaffPrincipal province = StaffFixtures.provinceAdmin();
    String suffix;
    UnitView department;
    /** Everything a test registers answers to its own competent department, so its figures are its own. */
    Scope mine;

    @BeforeEach
    void ownDepartment() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        department = units.create(province, "东区商务局" + suffix, UnitKind.FUNCTIONAL_DEPARTMENT, DONGQU);
        mine = Scope.assignedTo(department.id().value(), RegionCode.of(DONGQU));
    }

    private OrganizationView register(String name, String region, int fullMembers) {
        return registry.register(province, PartyBuildingFixtures.enterprise(name + suffix, department.id().value(), region, fullMembers));
    }

    private long count(String code) {
        return jdbc.sql("SELECT count(*) FROM partybuilding_organization WHERE credit_code = :c").param("c", code)
                .query(Long.class).single();
    }

    private static List<Member> members(String prefix, int full, OrganizationView... units) {
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < full; i++) {
            out.add(new Member(prefix + i, "党员" + i, units[i % units.length].id(), false));
        }
        return out;
    }

    private static List<OrganizationId> ids(OrganizationView... units) {
        return java.util.Arrays.stream(units).map(OrganizationView::id).toList();
    }

    @Test
    void aWrongCheckCharacterIsRefusedInBothLanguagesAndACodeIsRegisteredOnce() throws Exception {
        String code = PartyBuildingFixtures.creditCode(DONGQU);
        String body = """
                {"creditCode":"%s","name":"攀枝花钒钛新材料有限公司%s","kind":"ENTERPRISE","industry":"制造业","size":"MEDIUM",
                 "competentUnitId":%d,"regionCode":"%s","employees":120,"fullMembers":4}""";
        mvc.perform(post("/api/v1/partybuilding/organizations").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(PartyBuildingFixtures.withWrongCheck(code), suffix, department.id().value(), DADUKOU)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("creditCode"))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("GB 32100")))
                .andExpect(jsonPath("$.errorEn").value(org.hamcrest.Matchers.containsString("check character")));
        assertThat(count(PartyBuildingFixtures.withWrongCheck(code))).isZero();
        mvc.perform(post("/api/v1/partybuilding/organizations").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(code, suffix, department.id().value(), DADUKOU)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.creditCode").value(code));
        mvc.perform(post("/api/v1/partybuilding/organizations").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(code, suffix + "二", department.id().value(), DADUKOU)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("partybuilding.creditCode.taken"));
        assertThat(count(code)).isOne();
    }

    @Test
    void anImportWithBadRowsReportsEveryOneAndStoresNothingThenTheCorrectedFileIsStoredOnceAndResentIdempotently()
            throws Exception {
        String a = PartyBuildingFixtures.creditCode(DONGQU);
        String b = PartyBuildingFixtures.creditCode(DONGQU);
        long dept = department.id().value();
        List<List<String>> bad = List.of(
                PartyBuildingFixtures.row(a, "甲商贸" + suffix, dept, DADUKOU, 1),
                PartyBuildingFixtures.row(PartyBuildingFixtures.withWrongCheck(b), "乙商贸" + suffix, dept, DADUKOU, 0),
                PartyBuildingFixtures.row(a, "甲商贸重复" + suffix, dept, DADUKOU, 0),
                PartyBuildingFixtures.row(PartyBuildingFixtures.creditCode(DONGQU), "丙商贸" + suffix, dept, "510402999000", 0),
                List.of(PartyBuildingFixtures.creditCode(DONGQU), "丁商贸" + suffix, "工厂", "制造业", "小型",
                        Long.toString(dept), DADUKOU, "十", "0"));
        mvc.perform(multipart("/api/v1/partybuilding/imports").file(new MockMultipartFile("file", "dongqu.xlsx",
                XLSX, PartyBuildingFixtures.workbook(bad))).with(as(province)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems.length()").value(5))
                .andExpect(jsonPath("$.problems[0].row").value(3)).andExpect(jsonPath("$.problems[0].field").value("creditCode"))
                .andExpect(jsonPath("$.problems[1].row").value(4)).andExpect(jsonPath("$.problems[1].code").value("partybuilding.import.duplicate"))
                .andExpect(jsonPath("$.problems[1].error").value("第4行: 统一社会信用代码" + a + "与第2行重复"))
                .andExpect(jsonPath("$.problems[1].errorEn").value("Row 4: Unified social credit code " + a + " repeats row 2"))
                .andExpect(jsonPath("$.problems[2].row").value(5)).andExpect(jsonPath("$.problems[2].field").value("regionCode"))
                .andExpect(jsonPath("$.problems[3].row").value(6)).andExpect(jsonPath("$.problems[3].field").value("kind"))
                .andExpect(jsonPath("$.problems[4].row").value(6)).andExpect(jsonPath("$.problems[4].field").value("employees"));
        assertThat(count(a)).isZero();

        byte[] good = PartyBuildingFixtures.workbook(List.of(PartyBuildingFixtures.row(a, "甲商贸" + suffix, dept, DADUKOU, 1),
                PartyBuildingFixtures.row(b, "乙商贸" + suffix, dept, BINGCAOGANG, 3)));
        assertThat(registry.importWorkbook(province, new ByteArrayInputStream(good)))
                .isEqualTo(new PartyBuildingRegistry.ImportResult(2, 0));
        assertThat(registry.importWorkbook(province, new ByteArrayInputStream(good)))
                .isEqualTo(new PartyBuildingRegistry.ImportResult(0, 2));
        assertThat(count(a) + count(b)).isEqualTo(2);
        assertThat(registry.search(mine, suffix, 10)).extracting(OrganizationView::name)
                .containsExactly("乙商贸" + suffix, "甲商贸" + suffix);
    }

    @Test
    void aMemberCountedInTwoBranchesAndAUnitInTwoOrganizationsAreRefusedWithNothingStored() {
        OrganizationView x = register("星火物流", DADUKOU, 3);
        OrganizationView y = register("星光物流", DADUKOU, 3);
        parties.form(province, new FormPartyOrganization(PartyOrganizationKind.OWN_BRANCH, "星火物流党支部", null,
                ids(x), members(suffix + "x", 3, x), null));
        List<Member> again = new ArrayList<>(members(suffix + "y", 2, y));
        again.add(new Member(suffix + "x0", "党员0", y.id(), false));
        assertThatThrownBy(() -> parties.form(province, new FormPartyOrganization(PartyOrganizationKind.OWN_BRANCH,
                "星光物流党支部", null, ids(y), again, null)))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).messageKey())
                .isEqualTo("partybuilding.member.elsewhere");
        assertThat(registry.find(mine, y.id()).partyOrganizationId()).isNull();
        assertThatThrownBy(() -> parties.form(province, new FormPartyOrganization(PartyOrganizationKind.JOINT_BRANCH,
                "联合党支部", null, ids(x, y), members(suffix + "z", 3, x, y), null)))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).messageKey())
                .isEqualTo("partybuilding.party.unit.alreadyOrganized");
        assertThat(registry.find(mine, y.id()).partyOrganizationId()).isNull();
    }

    @Test
    void aJointBranchOfSixUnitsOrTwoFullMembersIsRefusedAndFiveUnitsWithThreeAreFormedWithMembersCountedPerUnit() {
        OrganizationView[] six = new OrganizationView[6];
        for (int i = 0; i < 6; i++) {
            six[i] = register("小微企业" + i, DADUKOU, 1);
        }
        assertThatThrownBy(() -> parties.form(province, new FormPartyOrganization(PartyOrganizationKind.JOINT_BRANCH,
                "联合党支部", null, ids(six), members(suffix + "s", 6, six), null)))
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("partybuilding.party.joint.tooManyUnits");
        OrganizationView[] five = java.util.Arrays.copyOf(six, 5);
        assertThatThrownBy(() -> parties.form(province, new FormPartyOrganization(PartyOrganizationKind.JOINT_BRANCH,
                "联合党支部", null, ids(five), members(suffix + "t", 2, five), null)))
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("partybuilding.party.tooFewFullMembers");
        assertThat(jdbc.sql("SELECT count(*) FROM partybuilding_member WHERE member_no LIKE :p").param("p", suffix + "%")
                .query(Long.class).single()).isZero();
        List<Member> m = new ArrayList<>(members(suffix + "u", 3, five[0]));
        m.add(new Member(suffix + "p1", "预备党员", five[1].id(), true));
        PartyOrganizationView joint = parties.form(province, new FormPartyOrganization(PartyOrganizationKind.JOINT_BRANCH,
                "大渡口小微企业联合党支部", null, ids(five), m, null));
        assertThat(joint.units()).hasSize(5);
        assertThat(joint.members()).isEqualTo(4);
        assertThat(joint.units()).filteredOn(u -> u.organizationId().equals(five[0].id()))
                .singleElement().satisfies(u -> assertThat(u.fullMembers()).isEqualTo(3));
        assertThat(joint.units()).filteredOn(u -> u.organizationId().equals(five[1].id()))
                .singleElement().satisfies(u -> assertThat(u.probationaryMembers()).isEqualTo(1));
    }

    @Test
    void coverageIsComputedFromTheRegistriesPerRegionDepartmentAndMonthAndTheGapsAreListed() {
        // 大渡口: own(3) · own(4) · joint a(1) · joint b(0) · instructor only(1) · uncovered(3: own branch due) ·
        // 炳草岗: joint c(2) · uncovered(0) · closed units do not count
        OrganizationView own1 = register("甲", DADUKOU, 3);
        OrganizationView own2 = register("乙", DADUKOU, 4);
        OrganizationView ja = register("丙", DADUKOU, 1);
        OrganizationView jb = register("丁", DADUKOU, 0);
        OrganizationView instructed = register("戊", DADUKOU, 1);
        OrganizationView due = register("己", DADUKOU, 3);
        OrganizationView jc = register("庚", BINGCAOGANG, 2);
        OrganizationView bare = register("辛", BINGCAOGANG, 0);
        Coverage.RegionCoverage before = coverage.byRegion(mine);
        assertThat(before.total().operating()).isEqualTo(8);
        assertThat(before.total().organizationalRate()).isEqualTo(0.0);

        parties.form(province, new FormPartyOrganization(PartyOrganizationKind.OWN_BRANCH, "甲党支部", null, ids(own1),
                members(suffix + "a", 3, own1), null));
        parties.form(province, new FormPartyOrganization(PartyOrganizationKind.OWN_BRANCH, "乙党支部", null, ids(own2),
                members(suffix + "b", 4, own2), null));
        parties.form(province, new FormPartyOrganization(PartyOrganizationKind.JOINT_BRANCH, "丙丁庚联合党支部", null,
                ids(ja, jb, jc), members(suffix + "c", 3, ja, jc), null));
        parties.assignInstructor(province, instructed.id(), "王指导员", PartyOrganizations.InstructorKind.INSTRUCTOR);

        Coverage.RegionCoverage after = coverage.byRegion(mine);
        // organizational: (2 own + 3 joint) / 8 = 62.5 %; work: (5 + 1 instructed) / 8 = 75 %
        assertThat(after.total()).extracting(CoverageFigures::operating, CoverageFigures::own, CoverageFigures::joint,
                CoverageFigures::instructed).containsExactly(8L, 2L, 3L, 1L);
        assertThat(after.total().organizationalRate()).isEqualTo(62.5);
        assertThat(after.total().workRate()).isEqualTo(75.0);
        CoverageFigures dadukou = after.children().stream().filter(f -> f.key().equals(DADUKOU)).findFirst().orElseThrow();
        CoverageFigures bingcaogang = after.children().stream().filter(f -> f.key().equals(BINGCAOGANG)).findFirst().orElseThrow();
        // 大渡口 4 of 6 organized = 66.7 %, 5 of 6 worked = 83.3 %; 炳草岗 1 of 2 = 50 %
        assertThat(dadukou.name()).isEqualTo("大渡口街道");
        assertThat(dadukou.organizationalRate()).isEqualTo(66.7);
        assertThat(dadukou.workRate()).isEqualTo(83.3);
        assertThat(bingcaogang.organizationalRate()).isEqualTo(50.0);
        assertThat(after.children().stream().mapToLong(CoverageFigures::operating).sum()).isEqualTo(8);
        // one level down the tree: 大渡口's own total is its row above
        assertThat(coverage.byRegion(coverage.within(mine, DADUKOU)).total())
                .extracting(CoverageFigures::operating, CoverageFigures::own, CoverageFigures::joint, CoverageFigures::instructed)
                .containsExactly(6L, 2L, 2L, 1L);
        assertThatThrownBy(() -> coverage.within(mine, "510107000000")).isInstanceOf(NotFound.class);
        // the API serves the same rates to the competent department (its scope is its own units)
        StaffPrincipal handler = StaffFixtures.staff(9_000_010, "dq-commerce-api", department.id().value(), department.name(),
                UnitKind.FUNCTIONAL_DEPARTMENT, DONGQU, Role.DEPARTMENT_HANDLER);
        try {
            mvc.perform(get("/api/v1/partybuilding/coverage").with(as(handler)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total.operating").value(8))
                    .andExpect(jsonPath("$.total.organizationalRate").value(62.5))
                    .andExpect(jsonPath("$.total.workRate").value(75.0))
                    .andExpect(jsonPath("$.trend.length()").value(12));
            mvc.perform(get("/api/v1/partybuilding/coverage").param("region", DADUKOU).with(as(handler)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total.organizationalRate").value(66.7));
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        assertThat(coverage.byDepartment(mine)).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo(Long.toString(department.id().value()));
            assertThat(d.name()).isEqualTo(department.name());
            assertThat(d.organizationalRate()).isEqualTo(62.5);
        });

        assertThat(coverage.gaps(mine, 100)).extracting(Gap::organizationId, Gap::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(due.id(), Gap.Reason.OWN_BRANCH_DUE),
                org.assertj.core.groups.Tuple.tuple(bare.id(), Gap.Reason.UNCOVERED));

        YearMonth now = YearMonth.now(clock);
        List<CoverageFigures> trend = coverage.trend(mine, now, 3);
        assertThat(trend).extracting(CoverageFigures::key)
                .containsExactly(now.minusMonths(2).toString(), now.minusMonths(1).toString(), now.toString());
        assertThat(trend.get(0).operating()).isZero();
        assertThat(trend.get(2)).extracting(CoverageFigures::operating, CoverageFigures::own, CoverageFigures::joint,
                CoverageFigures::instructed).containsExactly(8L, 2L, 3L, 1L);
    }

    @Test
    void aCountySeesOnlyItsRegionAndADepartmentOnlyWhatItIsCompetentFor() throws Exception {
        OrganizationView o = register("东区某企业", DADUKOU, 0);
        UnitView wuhou = units.create(province, "武侯区委社会工作部" + suffix, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        StaffPrincipal wuhouAdmin = StaffFixtures.countyAdmin(9_000_001, wuhou.id().value());
        assertThatThrownBy(() -> registry.find(wuhouAdmin.scope(), o.id())).isInstanceOf(NotFound.class);
        UnitView other = units.create(province, "东区交通局" + suffix, UnitKind.FUNCTIONAL_DEPARTMENT, DONGQU);
        StaffPrincipal otherDept = StaffFixtures.staff(9_000_002, "dq-traffic", other.id().value(), other.name(),
                UnitKind.FUNCTIONAL_DEPARTMENT, DONGQU, Role.DEPARTMENT_HANDLER);
        assertThatThrownBy(() -> registry.find(otherDept.scope(), o.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> registry.register(otherDept,
                PartyBuildingFixtures.enterprise("别人的企业" + suffix, department.id().value(), DADUKOU, 0)))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).messageKey())
                .isEqualTo("partybuilding.rule.competentDepartment");
        StaffPrincipal mineDept = StaffFixtures.staff(9_000_003, "dq-commerce", department.id().value(), department.name(),
                UnitKind.FUNCTIONAL_DEPARTMENT, DONGQU, Role.DEPARTMENT_HANDLER);
        assertThat(registry.find(mineDept.scope(), o.id()).name()).isEqualTo(o.name());
        StaffPrincipal grid = StaffFixtures.staff(9_000_004, "dq-grid", department.id().value(), department.name(),
                UnitKind.VILLAGE_COMMITTEE, "510402001002", Role.GRID_WORKER);
        assertThatThrownBy(() -> parties.assignInstructor(grid, o.id(), "李", PartyOrganizations.InstructorKind.LIAISON))
                .isInstanceOf(NotFound.class);
        StaffPrincipal township = StaffFixtures.staff(9_000_005, "dq-grid", department.id().value(), department.name(),
                UnitKind.TOWNSHIP_OFFICE, DADUKOU, Role.GRID_WORKER);
        assertThatThrownBy(() -> parties.assignInstructor(township, o.id(), "李", PartyOrganizations.InstructorKind.LIAISON))
                .isInstanceOf(NotPermitted.class);
        mvc.perform(get("/api/v1/partybuilding/organizations/" + o.id()).with(as(wuhouAdmin))).andExpect(status().isNotFound());
    }

    @Test
    void theExportHoldsTheFiguresAndTheGaps() throws Exception {
        register("壬", DADUKOU, 3);
        byte[] xlsx = coverage.export(mine, YearMonth.now(clock));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat(wb.getSheetAt(3).getRow(1).getCell(1).getStringCellValue()).isEqualTo("壬" + suffix);
            assertThat(wb.getSheetAt(1).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void aStationHasAPlaceInSichuanHoursAndServicesAndCountsItsVisitsOfTheLastThirtyDays() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        NewStation good = new NewStation("炳草岗暖新驿站" + suffix, BINGCAOGANG, "攀枝花市东区炳草岗大街1号", 26.58, 101.72,
                java.time.LocalTime.of(8, 0), java.time.LocalTime.of(20, 0),
                java.util.EnumSet.of(StationService.REST, StationService.PHONE_CHARGING));
        assertThatThrownBy(() -> stations.register(province, new NewStation(good.name(), BINGCAOGANG, good.address(), 39.9,
                116.4, null, null, good.services()))).extracting(e -> ((InvalidInput) e).messageKey())
                .isEqualTo("partybuilding.station.position.invalid");
        assertThatThrownBy(() -> stations.register(province, new NewStation(good.name(), BINGCAOGANG, good.address(), 26.58,
                101.72, java.time.LocalTime.of(20, 0), java.time.LocalTime.of(8, 0), good.services())))
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("partybuilding.station.hours.invalid");
        Station station = stations.register(province, good);
        assertThat(station.services()).containsExactlyInAnyOrder(StationService.REST, StationService.PHONE_CHARGING);
        stations.recordUsage(province, station.id(), today, 40);
        stations.recordUsage(province, station.id(), today, 42);
        stations.recordUsage(province, station.id(), today.minusDays(29), 8);
        stations.recordUsage(province, station.id(), today.minusDays(30), 1000);
        // 42 (today, replaced) + 8 (29 days ago); 30 days ago falls outside
        assertThat(stations.find(mine, station.id()).visitsLast30Days()).isEqualTo(50);
        assertThatThrownBy(() -> stations.recordUsage(province, station.id(), today.plusDays(1), 3))
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("partybuilding.station.day.invalid");
        assertThatThrownBy(() -> stations.find(Scope.of(RegionCode.of("510107000000")), station.id()))
                .isInstanceOf(NotFound.class);
        assertThat(stations.list(Scope.of(RegionCode.of(BINGCAOGANG)))).extracting(Station::id).contains(station.id());
    }

    @Test
    void newEmploymentWorkersAreCountedPerRegionAndGroupWithPartyMembersNeverAboveWorkers() {
        String village = "510402001004";
        assertThatThrownBy(() -> registry.reportWorkers(province, village, WorkerGroup.DELIVERY_RIDER, 10, 11))
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("partybuilding.workers.members.invalid");
        registry.reportWorkers(province, village, WorkerGroup.DELIVERY_RIDER, 10, 10);
        registry.reportWorkers(province, village, WorkerGroup.DELIVERY_RIDER, 120, 6);
        // the second report for the village replaces the first; the township sums its villages
        assertThat(registry.workers(Scope.of(RegionCode.of(village))))
                .containsExactly(new PartyBuildingRegistry.WorkerCount(WorkerGroup.DELIVERY_RIDER, 120, 6));
        assertThat(registry.workers(Scope.of(RegionCode.of(DADUKOU)))).extracting(PartyBuildingRegistry.WorkerCount::workers)
                .allMatch(n -> n >= 120);
        assertThatThrownBy(() -> registry.reportWorkers(StaffFixtures.countyAdmin(9_000_020, department.id().value()), village,
                WorkerGroup.COURIER, 5, 0)).extracting(e -> ((InvalidInput) e).messageKey())
                .isEqualTo("partybuilding.region.outOfScope");
    }
}
