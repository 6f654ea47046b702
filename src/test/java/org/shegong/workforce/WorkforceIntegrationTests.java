package org.shegong.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.OverviewTile;
import org.shegong.Role;
import org.shegong.care.CareFixtures;
import org.shegong.care.CareRegistry;
import org.shegong.care.NewPerson;
import org.shegong.care.NewVisit;
import org.shegong.care.Risk;
import org.shegong.care.VisitLog;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.NewAccount;
import org.shegong.identity.OverviewSource;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitView;
import org.shegong.identity.UnitManagement;
import org.shegong.region.Grids;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Station coverage, social workers per 10,000 residents and the credential mix counted from the rows, checked against
 * figures worked out by hand; bad input refused in both languages with nothing stored; records outside the caller's
 * region invisible. 米易县 (510421, 11 townships) belongs to the coverage test alone; 仁和区 (510411) to the others.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkforceIntegrationTests {

    static final String MIYI = "510421000000";
    static final String PANLIAN = "510421100000";
    static final String PANLIAN_CHENGBEI = "510421100001";
    static final String BINGGU = "510421101000";
    static final String RENHE = "510411000000";
    static final String RENHE_TOWN = "510411100000";
    static final String WUHOU = "510107000000";
    static final String YULIN = "510107005000";
    static final String YULIN_VILLAGE = "510107005001";

    @Autowired
    MockMvc mvc;
    @Autowired
    SocialWorkStations stations;
    @Autowired
    SocialWorkers workers;
    @Autowired
    ServiceProjects projects;
    @Autowired
    ServiceComplexes complexes;
    @Autowired
    WorkforceFigures figures;
    @Autowired
    UnitManagement units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    List<OverviewSource> overview;
    @Autowired
    AccountManagement accounts;
    @Autowired
    Grids grids;
    @Autowired
    CareRegistry careRegistry;
    @Autowired
    VisitLog visitLog;

    final StaffPrincipal province = StaffFixtures.provinceAdmin();
    String suffix;

    @BeforeEach
    void suffix() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    private StaffPrincipal countyAdmin(String county, long accountId) {
        UnitView unit = units.create(province, "社会工作部" + suffix + accountId, UnitKind.SOCIAL_WORK_DEPARTMENT, county);
        return StaffFixtures.staff(accountId, "wf-" + suffix + accountId, unit.id().value(), unit.name(), unit.kind(), county,
                Role.COUNTY_ADMIN);
    }

    private SocialWorkStations.Station station(StaffPrincipal me, String name, String township) {
        return stations.register(me, new SocialWorkStations.NewStation(name + suffix, township, "米易县" + name + "1号", 26.89,
                102.11, LocalDate.of(2025, 3, 1)));
    }

    private SocialWorkers.SocialWorker worker(StaffPrincipal me, String name, String credential, @org.jspecify.annotations.Nullable SocialWorkStationId station,
            @org.jspecify.annotations.Nullable String region) {
        return workers.register(me, new SocialWorkers.NewSocialWorker(name, WorkforceFixtures.residentId(MIYI), credential,
                "米易县阳光社会工作服务中心", station, region));
    }

    private long rows(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void countsStationCoverageWorkersPerTenThousandAndTheCredentialMixFromTheRegistries() {
        StaffPrincipal miyi = countyAdmin(MIYI, 9_140_001L);
        var empty = figures.dashboard(miyi.scope(), 500);
        assertThat(empty.total().townships()).isEqualTo(11);
        assertThat(empty.total().coveredTownships()).isZero();
        assertThat(empty.total().coverageRate()).isEqualTo(0.0);
        assertThat(empty.gaps()).hasSize(11);

        var panlian1 = station(miyi, "攀莲镇社工站", PANLIAN);
        station(miyi, "攀莲镇城北社工点", PANLIAN);
        var binggu = station(miyi, "丙谷镇社工站", BINGGU);
        var a = worker(miyi, "社工甲", "INTERMEDIATE", panlian1.id(), null);
        worker(miyi, "社工乙", "助理社会工作师", panlian1.id(), null);
        worker(miyi, "社工丙", "ASSISTANT", null, PANLIAN_CHENGBEI);
        worker(miyi, "社工丁", "高级社会工作师", binggu.id(), null);
        worker(miyi, "社工戊", "NONE", null, BINGGU);
        // one credentialed worker reaches the 90 hours of the year: 24 + 24 + 24 + 18
        LocalDate day = LocalDate.now(clock);
        for (String hours : List.of("24", "24", "24", "18")) {
            workers.recordTraining(miyi, a.id(), new SocialWorkers.NewTraining(day, new BigDecimal(hours), "个案管理"));
        }
        figures.setPopulation(miyi, MIYI, 200_000L, 2020, "米易县统计公报（测试数据）");

        var d = figures.dashboard(miyi.scope(), 500);
        // 2 of 11 townships have a station: 2 / 11 = 18.18…% → 18.2 %
        assertThat(d.total().townships()).isEqualTo(11);
        assertThat(d.total().coveredTownships()).isEqualTo(2);
        assertThat(d.total().stations()).isEqualTo(3);
        assertThat(d.total().coverageRate()).isEqualTo(18.2);
        // 5 social workers / 200,000 residents × 10,000 = 0.25
        assertThat(d.total().socialWorkers()).isEqualTo(5);
        assertThat(d.total().workersPer10k()).isEqualTo(0.25);
        assertThat(d.credentials()).containsEntry(Credential.NONE, 1L).containsEntry(Credential.ASSISTANT, 2L)
                .containsEntry(Credential.INTERMEDIATE, 1L).containsEntry(Credential.SENIOR, 1L);
        // credentialed: 4; one of them has 90 hours
        assertThat(d.trainingBehind()).isEqualTo(3);
        assertThat(d.gaps()).hasSize(9).extracting(r -> r.code().value()).doesNotContain(PANLIAN, BINGGU);
        var panlian = d.children().stream().filter(c -> c.code().equals(PANLIAN)).findFirst().orElseThrow();
        assertThat(panlian.townships()).isEqualTo(1);
        assertThat(panlian.stations()).isEqualTo(2);
        assertThat(panlian.socialWorkers()).isEqualTo(3);
        assertThat(panlian.coverageRate()).isEqualTo(100.0);
        assertThat(stations.find(miyi.scope(), panlian1.id()).staff()).isEqualTo(2);
        assertThat(workers.find(miyi, a.id()).trainingBehind()).isFalse();
        assertThat(workers.find(miyi, a.id()).trainingHoursThisYear()).isEqualByComparingTo("90");

        // the city's view shows 米易县 as one row with the same figures
        var city = figures.dashboard(Scope.of(RegionCode.of("510400000000")), 10);
        var miyiRow = city.children().stream().filter(c -> c.code().equals(MIYI)).findFirst().orElseThrow();
        assertThat(miyiRow.coveredTownships()).isEqualTo(2);
        assertThat(miyiRow.townships()).isEqualTo(11);
        assertThat(miyiRow.socialWorkers()).isEqualTo(5);
        assertThat(miyiRow.workersPer10k()).isEqualTo(0.25);
        // the whole province: Sichuan's 3,111 township-level units (NBS 2023 codes shipped with the region module)
        var sichuan = figures.dashboard(Scope.PROVINCE, 0);
        assertThat(sichuan.total().townships()).isEqualTo(3111);
        assertThat(sichuan.children()).hasSize(21);
        assertThat(sichuan.total().residents()).isEqualTo(83_674_866L);
        // 攀枝花市: 1,212,203 residents (2020 census, shipped with the migration)
        assertThat(city.total().residents()).isEqualTo(1_212_203L);

        // the overview tile says the same
        OverviewTile tile = overview.stream().map(s -> s.tile(miyi, MIYI)).flatMap(java.util.Optional::stream)
                .filter(t -> t.titleKey().equals("workforce.overview.title")).findFirst().orElseThrow();
        assertThat(tile.figures()).extracting(OverviewTile.Figure::value).containsExactly("18.2%", "9", "5", "0.25");
        assertThat(tile.figures().get(0).alert()).isTrue();
    }

    @Test
    void theExportCarriesTheFiguresOfTheRegion() throws Exception {
        StaffPrincipal renhe = countyAdmin(RENHE, 9_140_002L);
        station(renhe, "仁和镇社工站" + "导出", RENHE_TOWN);
        byte[] xlsx = figures.export(renhe.scope());
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(0).getStringCellValue().equals(RENHE_TOWN)) {
                    found = true;
                    assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1.0);
                    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(100.0);
                }
            }
            assertThat(found).isTrue();
            assertThat(wb.getSheet("未建站乡镇 Gaps").getLastRowNum()).isGreaterThan(0);
        }
    }

    @Test
    void anUnknownCredentialLevelIsRefusedInBothLanguagesAndNothingIsStored() throws Exception {
        long before = rows("workforce_social_worker");
        mvc.perform(post("/api/v1/workforce/social-workers").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name":"张三","idNumber":"%s","credential":"首席社工","employer":"机构","regionCode":"%s"}"""
                        .formatted(WorkforceFixtures.residentId(RENHE), RENHE_TOWN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("credential"))
                .andExpect(jsonPath("$.error").value(Matchers.containsString("助理社会工作师")))
                .andExpect(jsonPath("$.errorEn").value(Matchers.containsString("Credential level")));
        assertThat(rows("workforce_social_worker")).isEqualTo(before);
    }

    @Test
    void anInvalidResidentIdIsRefusedAndTheNumberIsStoredOnlySealed() throws Exception {
        String good = WorkforceFixtures.residentId(RENHE);
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        long before = rows("workforce_social_worker");
        mvc.perform(post("/api/v1/workforce/social-workers").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name":"李四","idNumber":"%s","credential":"SENIOR","employer":"机构","regionCode":"%s"}"""
                        .formatted(wrongCheck, RENHE_TOWN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("idNumber"))
                .andExpect(jsonPath("$.errorEn").isNotEmpty());
        assertThat(rows("workforce_social_worker")).isEqualTo(before);

        var w = workers.register(province, new SocialWorkers.NewSocialWorker("李四", good, "SENIOR", "机构", null, RENHE_TOWN));
        assertThat(w.idMasked()).isNotEqualTo(good).startsWith(good.substring(0, 6)).endsWith(good.substring(14));
        String stored = jdbc.sql("SELECT id_masked || encode(id_cipher, 'escape') || id_index FROM workforce_social_worker WHERE id = :id")
                .param("id", w.id().value()).query(String.class).single();
        assertThat(stored).doesNotContain(good);
        // the same person twice is refused
        assertThatThrownBy(() -> workers.register(province, new SocialWorkers.NewSocialWorker("李四", good, "SENIOR", "机构",
                null, RENHE_TOWN))).isInstanceOf(InvalidInput.class).hasMessageContaining("workforce.idNumber.taken");
    }

    @Test
    void aStationOutsideTheCallersAreaOrNotAtATownshipIsRefusedAndNothingIsStored() throws Exception {
        StaffPrincipal renhe = countyAdmin(RENHE, 9_140_003L);
        long before = rows("workforce_station");
        mvc.perform(post("/api/v1/workforce/stations").with(as(renhe)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name":"越界社工站","regionCode":"%s","address":"米易县1号","lat":26.89,"lng":102.11}""".formatted(BINGGU)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("regionCode"))
                .andExpect(jsonPath("$.error").value(Matchers.containsString("管辖范围")))
                .andExpect(jsonPath("$.errorEn").value(Matchers.containsString("outside your area")));
        assertThatThrownBy(() -> station(renhe, "区级社工站", RENHE)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("workforce.region.notTownship");
        assertThatThrownBy(() -> stations.register(renhe, new SocialWorkStations.NewStation("北京社工站", RENHE_TOWN, "地址",
                39.9, 116.4, null))).isInstanceOf(InvalidInput.class).hasMessageContaining("workforce.position.invalid");
        assertThat(rows("workforce_station")).isEqualTo(before);
    }

    @Test
    void aNegativeBudgetOrAnEndBeforeTheStartIsRefusedAndAnEvaluationIsRecorded() throws Exception {
        StaffPrincipal renhe = countyAdmin(RENHE, 9_140_004L);
        long before = rows("workforce_project");
        String body = """
                {"title":"仁和区社工站运营项目%s","purchaser":"仁和区民政局","provider":"仁和区社工中心","regionCode":"%s",
                 "budget":%s,"startsOn":"2026-01-01","endsOn":"%s","deliverables":"个案50个，小组10个"}""";
        mvc.perform(post("/api/v1/workforce/projects").with(as(renhe)).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(suffix, RENHE, "-0.01", "2026-12-31")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("budget"))
                .andExpect(jsonPath("$.error").value(Matchers.containsString("预算")))
                .andExpect(jsonPath("$.errorEn").value(Matchers.containsString("budget")));
        mvc.perform(post("/api/v1/workforce/projects").with(as(renhe)).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(suffix, RENHE, "300000", "2025-12-31")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("endsOn"));
        assertThat(rows("workforce_project")).isEqualTo(before);

        // a budget of 0 is allowed (a free pilot); the evaluation is recorded once the project has started
        var p = projects.register(renhe, new ServiceProjects.NewProject("仁和区试点" + suffix, "仁和区民政局", "仁和区社工中心",
                RENHE, BigDecimal.ZERO, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "试点"));
        assertThatThrownBy(() -> projects.evaluate(renhe, p.id(), "卓越", null)).isInstanceOf(InvalidInput.class);
        assertThat(projects.evaluate(renhe, p.id(), "GOOD", "按期交付").evaluation()).isEqualTo(ServiceProjects.Evaluation.GOOD);
    }

    @Test
    void recordsOutsideTheCallersRegionAreNotFoundAndRolesAreChecked() {
        StaffPrincipal renhe = countyAdmin(RENHE, 9_140_005L);
        var mine = station(renhe, "仁和镇社工站" + "范围", RENHE_TOWN);
        StaffPrincipal dongqu = countyAdmin("510402000000", 9_140_006L);
        assertThatThrownBy(() -> stations.find(dongqu.scope(), mine.id())).isInstanceOf(NotFound.class);
        assertThat(stations.list(dongqu.scope())).extracting(SocialWorkStations.Station::id).doesNotContain(mine.id());
        var w = workers.register(renhe, new SocialWorkers.NewSocialWorker("王五", WorkforceFixtures.residentId(RENHE),
                "INTERMEDIATE", "机构", mine.id(), null));
        assertThatThrownBy(() -> workers.find(dongqu, w.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> workers.recordTraining(dongqu, w.id(), new SocialWorkers.NewTraining(LocalDate.now(clock),
                BigDecimal.ONE, "越界"))).isInstanceOf(NotFound.class);
        // a station of another county cannot be given to a worker
        assertThatThrownBy(() -> workers.register(dongqu, new SocialWorkers.NewSocialWorker("赵六",
                WorkforceFixtures.residentId(RENHE), "NONE", "机构", mine.id(), null))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("workforce.station.unknown");
        // a village committee may look but not register
        StaffPrincipal village = StaffFixtures.staff(9_140_007L, "wf-village" + suffix, renhe.unitId().value(), "村委会",
                UnitKind.VILLAGE_COMMITTEE, RENHE_TOWN.substring(0, 9) + "001", Role.VILLAGE_STAFF);
        assertThatThrownBy(() -> station(village, "村社工站", RENHE_TOWN)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> figures.within(renhe.scope(), "510421000000")).isInstanceOf(NotFound.class);
    }

    @Test
    void aServiceComplexHostsCheckedReferencesAndRecordsItsUsage() throws Exception {
        StaffPrincipal renhe = countyAdmin(RENHE, 9_140_008L);
        var c = complexes.register(renhe, new ServiceComplexes.NewComplex("仁和镇综合服务体" + suffix, RENHE_TOWN, true,
                "仁和镇1号", 26.5, 101.7, java.time.LocalTime.of(8, 30), java.time.LocalTime.of(20, 0),
                List.of("活动室", "阅览室"), List.of("老年助餐", "托育")));
        assertThat(c.pilot()).isTrue();
        assertThat(c.facilities()).containsExactly("活动室", "阅览室");
        // stored as text[] in the order entered (V270), not as text joined by line breaks
        assertThat(jdbc.sql("""
                SELECT cardinality(facilities) || ':' || array_to_string(facilities, '|') || ' '
                       || cardinality(services) || ':' || array_to_string(services, '|')
                  FROM workforce_complex WHERE id = :id""").param("id", c.id().value()).query(String.class).single())
                .isEqualTo("2:活动室|阅览室 2:老年助餐|托育");
        complexes.recordUsage(renhe, c.id(), LocalDate.now(clock), 40);
        assertThat(complexes.recordUsage(renhe, c.id(), LocalDate.now(clock).minusDays(1), 25).visitsLast30Days())
                .isEqualTo(65);
        assertThatThrownBy(() -> complexes.link(renhe, c.id(), ServiceComplexes.LinkKind.CARE_VISIT, "CV-2026-0001"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("workforce.link.reference.number");
        assertThatThrownBy(() -> complexes.link(renhe, c.id(), ServiceComplexes.LinkKind.VOLUNTEER_ACTIVITY, "987654321"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("workforce.link.reference.unknown");
        assertThatThrownBy(() -> complexes.register(renhe, new ServiceComplexes.NewComplex("无设施" + suffix, RENHE_TOWN,
                false, "仁和镇2号", 26.5, 101.7, null, null, List.of(), List.of("托育"))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("workforce.items.invalid");
        assertThat(complexes.find(renhe, c.id()).links()).isEmpty();
    }

    @Test
    void aComplexHostsACareVisitOnlyWhenCareKnowsItWithinTheCallersScope() throws Exception {
        // a real visit logged through the care module in 武侯区玉林街道
        UnitView office = units.create(province, "玉林街道综合服务体" + suffix, UnitKind.TOWNSHIP_OFFICE, YULIN);
        var account = accounts.create(province, new NewAccount("wfc" + suffix, "综合体" + suffix, office.id(),
                java.util.Set.of(Role.TOWNSHIP_STAFF), "Care#Test2026", null, null));
        StaffPrincipal yulin = new StaffPrincipal(account.id(), "wfc" + suffix, "综合体" + suffix, office.id(), office.name(),
                office.kind(), office.region(), java.util.Set.of(Role.TOWNSHIP_STAFF), false);
        String grid = CareFixtures.grid(grids, YULIN_VILLAGE, yulin.username());
        var elder = careRegistry.register(yulin, new NewPerson("独居老人" + suffix, "ELDERLY_ALONE", Risk.NORMAL,
                CareFixtures.elderId(), null, "玉林北路5号", null, grid));
        long visit = visitLog.log(yulin, elder.id(), new NewVisit(null, "家中", "精神尚可", null, null, null), null);

        StaffPrincipal wuhou = countyAdmin(WUHOU, 9_140_020L);
        var c = complexes.register(wuhou, new ServiceComplexes.NewComplex("玉林综合服务体" + suffix, YULIN, true,
                "玉林北路1号", 30.63, 104.06, null, null, List.of("活动室"), List.of("关爱探访")));
        assertThat(complexes.link(wuhou, c.id(), ServiceComplexes.LinkKind.CARE_VISIT, Long.toString(visit)).links())
                .containsExactly(new ServiceComplexes.Link(ServiceComplexes.LinkKind.CARE_VISIT, Long.toString(visit)));
        mvc.perform(get("/api/v1/workforce/complexes/" + c.id()).with(as(wuhou))).andExpect(status().isOk())
                .andExpect(jsonPath("$.links[0].kind").value("CARE_VISIT"))
                .andExpect(jsonPath("$.links[0].reference").value(Long.toString(visit)));

        // an unknown visit: refused in both languages, nothing stored
        long links = rows("workforce_complex_link");
        long unknown = visit + 1_000_000L;
        String zh = mvc.perform(post("/api/v1/workforce/complexes/" + c.id() + "/links").with(as(wuhou))
                .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"CARE_VISIT\",\"reference\":\"%d\"}".formatted(unknown)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(zh).contains("编号为" + unknown + "的记录不存在或不在您的管辖范围内");
        String en = mvc.perform(post("/api/v1/workforce/complexes/" + c.id() + "/links").with(as(wuhou))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"CARE_VISIT\",\"reference\":\"%d\"}".formatted(unknown)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(en).contains("Record " + unknown + " does not exist or is outside your area");
        assertThat(rows("workforce_complex_link")).isEqualTo(links);

        // the same visit from a complex in 仁和区: outside that caller's scope, so unknown there
        StaffPrincipal renhe = countyAdmin(RENHE, 9_140_021L);
        var far = complexes.register(renhe, new ServiceComplexes.NewComplex("仁和综合服务体" + suffix, RENHE_TOWN, false,
                "仁和镇3号", 26.5, 101.7, null, null, List.of("活动室"), List.of("托育")));
        assertThatThrownBy(() -> complexes.link(renhe, far.id(), ServiceComplexes.LinkKind.CARE_VISIT, Long.toString(visit)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("workforce.link.reference.unknown");
        assertThat(complexes.find(renhe, far.id()).links()).isEmpty();
    }

    @Test
    void theResidentPopulationIsEnteredOnThePageByNameWithinTheCallersCounty() throws Exception {
        StaffPrincipal miyi = countyAdmin(MIYI, 9_140_022L);
        mvc.perform(get("/workforce").with(as(miyi))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.allOf(Matchers.containsString("id=\"population-form\""),
                                Matchers.containsString("<option value=\"丙谷镇\">"))));
        int year = LocalDate.now(clock).getYear() - 1;
        mvc.perform(post("/workforce/population").with(as(miyi)).param("place", "丙谷镇").param("residents", "41234")
                .param("year", Integer.toString(year)).param("source", "米易县统计年鉴（测试数据）"))
                .andExpect(status().isOk());
        assertThat(residents(BINGGU)).isEqualTo(41_234L);
        // a fuller name is resolved too, and a second entry replaces the first
        mvc.perform(post("/workforce/population").with(as(miyi)).param("place", "攀枝花市米易县丙谷镇").param("residents", "41500")
                .param("year", Integer.toString(year)).param("source", "米易县统计年鉴（测试数据）"))
                .andExpect(status().isOk());
        assertThat(residents(BINGGU)).isEqualTo(41_500L);

        // a township of another county, an unknown name, a bad figure: 400 in both languages, nothing changed
        Long renheTown = residents(RENHE_TOWN);
        String zh = mvc.perform(post("/workforce/population").with(as(miyi)).header("Accept-Language", "zh-CN")
                .param("place", "仁和镇").param("residents", "50000").param("year", Integer.toString(year))
                .param("source", "越界")).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(zh).contains("在您的管辖范围内找不到“仁和镇”");
        String en = mvc.perform(post("/workforce/population").with(as(miyi)).param("lang", "en")
                .param("place", "不存在的镇" + suffix).param("residents", "50000").param("year", Integer.toString(year))
                .param("source", "x")).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(en).contains("No place called").contains("within your area");
        mvc.perform(post("/workforce/population").with(as(miyi)).param("place", "丙谷镇").param("residents", "0")
                .param("year", Integer.toString(year)).param("source", "x")).andExpect(status().isBadRequest());
        assertThat(residents(RENHE_TOWN)).isEqualTo(renheTown);
        assertThat(residents(BINGGU)).isEqualTo(41_500L);

        // township staff may not enter figures
        StaffPrincipal township = StaffFixtures.staff(9_140_023L, "wft-" + suffix, units.create(province,
                "丙谷镇人民政府" + suffix, UnitKind.TOWNSHIP_OFFICE, BINGGU).id().value(), "丙谷镇人民政府", UnitKind.TOWNSHIP_OFFICE,
                BINGGU, Role.TOWNSHIP_STAFF);
        mvc.perform(post("/workforce/population").with(as(township)).param("place", "丙谷镇").param("residents", "1")
                .param("year", Integer.toString(year)).param("source", "x")).andExpect(status().isForbidden());
        assertThat(residents(BINGGU)).isEqualTo(41_500L);
    }

    private @org.jspecify.annotations.Nullable Long residents(String region) {
        return jdbc.sql("SELECT residents FROM workforce_population WHERE region_code = :r").param("r", region)
                .query(Long.class).optional().orElse(null);
    }

    @Test
    void aServiceRecordEnteredThroughThePageIsCountedAndTooManyHoursChangeNothing() throws Exception {
        StaffPrincipal renhe = countyAdmin(RENHE, 9_140_010L);
        var w = workers.register(renhe, new SocialWorkers.NewSocialWorker("孙社工", WorkforceFixtures.residentId(RENHE),
                "ASSISTANT", "仁和区社工中心", null, RENHE_TOWN));
        long before = rows("workforce_service_record");
        mvc.perform(post("/workforce/social-workers/service-records").with(as(renhe)).param("workerId", Long.toString(w.id().value()))
                .param("day", LocalDate.now(clock).toString()).param("hours", "24.5").param("service", "入户探访")
                .param("served", "3")).andExpect(status().isBadRequest());
        assertThat(rows("workforce_service_record")).isEqualTo(before);
        mvc.perform(post("/workforce/social-workers/service-records").with(as(renhe)).param("workerId", Long.toString(w.id().value()))
                .param("day", LocalDate.now(clock).toString()).param("hours", "2.5").param("service", "入户探访")
                .param("served", "3")).andExpect(status().isOk());
        var after = workers.find(renhe, w.id());
        assertThat(after.serviceRecords()).isEqualTo(1);
        assertThat(after.serviceHours()).isEqualByComparingTo("2.5");
        // the API twin calls the same method
        mvc.perform(post("/api/v1/workforce/social-workers/" + w.id() + "/service-records").with(as(renhe))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"day\":\"%s\",\"hours\":1,\"service\":\"小组活动\",\"served\":12}".formatted(LocalDate.now(clock))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.serviceRecords").value(2));
    }

    @Test
    void aDrillDownBelowTheCallersRegionIsServedAndAboveItIsNot() throws Exception {
        StaffPrincipal renhe = countyAdmin(RENHE, 9_140_009L);
        mvc.perform(get("/api/v1/workforce/dashboard").param("region", RENHE_TOWN).with(as(renhe)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total.townships").value(1));
        mvc.perform(get("/api/v1/workforce/dashboard").param("region", "510400000000").with(as(renhe)))
                .andExpect(status().isNotFound());
        List<Region> gaps = figures.dashboard(renhe.scope(), 2).gaps();
        assertThat(gaps).hasSizeLessThanOrEqualTo(2);
    }
}
