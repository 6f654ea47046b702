package org.shegong.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.identity.UnitId;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DutyIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DutyLists lists;
    @Autowired
    VillageWorkLists villages;
    @Autowired
    DispatchCatalogue dispatch;
    @Autowired
    CategoryCatalogue categories;
    @Autowired
    UnitManagement units;
    @Autowired
    JdbcClient jdbc;

    final ObjectMapper json = new ObjectMapper();
    final StaffPrincipal province = StaffFixtures.provinceAdmin();
    String suffix;

    @BeforeEach
    void suffix() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    private UnitView unit(String name, UnitKind kind, String region) {
        return units.create(province, name + suffix, kind, region);
    }

    private DutyItemInput basic(String code, String category) {
        return new DutyItemInput(code, "事项" + code, "基本", List.of(category), null);
    }

    @Test
    void theSeededCatalogueHasTwelveFieldsWithCategoriesAndIsServedByTheApi() throws Exception {
        assertThat(categories.tree()).hasSize(12).allSatisfy(f -> assertThat(f.categories()).hasSizeBetween(2, 9));
        // the third level: at least 150 items a Sichuan 12345 operator recognises, each with its unit and time limit
        assertThat(categories.items()).hasSizeGreaterThanOrEqualTo(150)
                .allSatisfy(i -> assertThat(i.unitKind()).isNotBlank())
                .extracting(org.shegong.duty.CategoryItem::nameZh).contains("停水", "新房延期交房", "土地租金拖欠", "工程项目欠薪");
        assertThat(categories.find("CJ-01")).get().extracting(Category::nameZh).isEqualTo("道路破损");
        mvc.perform(get("/api/v1/categories").with(as(province))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].field.code").value("CJ"))
                .andExpect(jsonPath("$[0].categories[0].nameZh").value("道路破损"));
    }

    @Test
    void onlyAProvinceAdministratorAddsCategoriesAndTheCodeIsTheNextFreeOne() throws Exception {
        mvc.perform(post("/api/v1/categories").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"field\":\"LD\",\"nameZh\":\"工伤认定" + suffix + "\",\"nameEn\":\"Work injury\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.startsWith("LD-")));
        mvc.perform(post("/api/v1/categories").with(as(StaffFixtures.countyAdmin(2, 2))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"field\":\"LD\",\"nameZh\":\"x\",\"nameEn\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/categories").with(as(province))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("工伤认定" + suffix)));
    }

    @Test
    void theListInForceOnAnyDateIsTheVersionThatHadTakenEffectByThen() {
        RegionCode township = RegionCode.of("510107004000");
        DutyListVersion d1 = lists.openDraft(province, township);
        d1 = lists.putItem(province, township, d1.version(), basic("B-001", "CJ-01"));
        DutyListVersion v1 = lists.publish(province, township, d1.version(), LocalDate.of(2026, 1, 1));

        DutyListVersion d2 = lists.openDraft(province, township);
        assertThat(d2.number()).isEqualTo(2);
        assertThat(d2.items()).extracting(DutyItem::code).containsExactly("B-001");
        d2 = lists.putItem(province, township, d2.version(), basic("B-002", "CJ-02"));
        lists.publish(province, township, d2.version(), LocalDate.of(2026, 7, 1));

        assertThat(lists.inForce(township, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(lists.inForce(township, LocalDate.of(2026, 6, 30))).get().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.items()).extracting(DutyItem::code).containsExactly("B-001");
        });
        assertThat(lists.inForce(township, LocalDate.of(2026, 7, 1))).get().satisfies(v -> {
            assertThat(v.number()).isEqualTo(2);
            assertThat(v.items()).extracting(DutyItem::code).containsExactly("B-001", "B-002");
        });
        // a published version is frozen in the database itself
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("update duty_list_item set name = 'x' where list_id = :id")
                .param("id", v1.id()).update()).hasMessageContaining("immutable");
        // a later version may not take effect before the latest published one
        DutyListVersion d3 = lists.openDraft(province, township);
        int lock = d3.version();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lists.publish(province, township, lock, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(org.shegong.InvalidInput.class);
    }

    @Test
    void theApiServesTheListInForceAndTheVersions() throws Exception {
        RegionCode township = RegionCode.of("510107061000");
        DutyListVersion d = lists.openDraft(province, township);
        d = lists.putItem(province, township, d.version(), basic("B-101", "CJ-03"));
        lists.publish(province, township, d.version(), LocalDate.of(2026, 2, 1));
        mvc.perform(get("/api/v1/duty/townships/510107061000/lists").param("on", "2026-02-01").with(as(province)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.items[0].code").value("B-101"));
        mvc.perform(get("/api/v1/duty/townships/510107061000/lists").param("on", "2026-01-31").with(as(province)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/duty/townships/510107061000/versions").with(as(province)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].status").value("PUBLISHED"));
        mvc.perform(get("/admin/duty/510107061000").param("on", "2026-03-01").with(as(StaffFixtures.countyAdmin(2, 2))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("事项B-101")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("CJ-03 井盖")));
        mvc.perform(get("/admin/duty").param("area", "510107000000").with(as(StaffFixtures.countyAdmin(2, 2))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("芳草街街道")));
    }

    @Test
    void anExcelImportIntoADraftExportsBackToTheSameRows() throws Exception {
        UnitView housing = unit("武侯区住房和城乡建设局", UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        String base = "/api/v1/duty/townships/510107007000";
        JsonNode draft = body(mvc.perform(post(base + "/draft").with(as(province))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        byte[] upload = DutyWorkbookUnitTests.workbook(
                new String[] { "B-001", "市政道路日常巡查上报", "基本", "CJ-01,CJ-02" },
                new String[] { "P-002", "配合开展物业服务监督", "配合", "ZF-01", housing.name() });
        JsonNode imported = body(mvc.perform(multipart(base + "/draft/import").file(new MockMultipartFile("file", "清单.xlsx",
                        "application/octet-stream", upload)).param("version", draft.get("version").asText()).with(as(province)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(imported.get("items")).hasSize(2);
        assertThat(imported.get("items").get(1).get("leadUnitId").asLong()).isEqualTo(housing.id().value());
        mvc.perform(post(base + "/draft/publish").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + imported.get("version") + ",\"effectiveFrom\":\"2026-01-01\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

        byte[] exported = mvc.perform(get(base + "/versions/1/export.xlsx").with(as(province))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<DutyItem> roundTrip = DutyItemPolicy.check(DutyWorkbook.read(exported), c -> true,
                lead -> lead.equals(housing.name()) ? java.util.Optional.of(housing) : java.util.Optional.empty());
        assertThat(roundTrip).isEqualTo(lists.inForce(RegionCode.of("510107007000"), LocalDate.of(2026, 1, 1)).orElseThrow().items());
        mvc.perform(get("/admin/duty/510107007000").param("on", "2026-01-01").with(as(province))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(housing.name())));
        mvc.perform(get("/admin/duty/template.xlsx").with(as(province))).andExpect(status().isOk())
                .andExpect(content().contentType(DutyApiController_XLSX));
    }

    static final String DutyApiController_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aBadWorkbookIsRefusedWithEveryRowListedAndNothingStored() throws Exception {
        String base = "/api/v1/duty/townships/510107011000";
        JsonNode draft = body(mvc.perform(post(base + "/draft").with(as(province))).andReturn().getResponse().getContentAsString());
        String lock = draft.get("version").asText();
        byte[] upload = DutyWorkbookUnitTests.workbook(
                new String[] { "B-001", "好的一行", "基本", "CJ-01" },
                new String[] { "B-002", "未知分类", "基本", "XX-99" },
                new String[] { "P-003", "缺牵头部门", "配合", "ZF-01" });
        mvc.perform(multipart(base + "/draft/import").file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream", upload))
                        .param("version", lock).with(as(province)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems.length()").value(2))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].error").value(org.hamcrest.Matchers.startsWith("第3行")))
                .andExpect(jsonPath("$.problems[1].errorEn").value(org.hamcrest.Matchers.containsString("lead department")));
        mvc.perform(multipart(base + "/draft/import").file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream",
                        "not a workbook".getBytes(StandardCharsets.UTF_8))).param("version", lock).with(as(province)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("duty.import.notXlsx"));
        assertThat(lists.draft(province.scope(), RegionCode.of("510107011000")).orElseThrow())
                .satisfies(d -> assertThat(d.items()).isEmpty())
                .satisfies(d -> assertThat(d.version()).isEqualTo(Integer.parseInt(lock)));
    }

    @Test
    void aStaleDraftVersionIsAConflict() throws Exception {
        String base = "/api/v1/duty/townships/510107010000";
        JsonNode draft = body(mvc.perform(post(base + "/draft").with(as(province))).andReturn().getResponse().getContentAsString());
        String item = "{\"version\":" + draft.get("version") + ",\"code\":\"B-1\",\"name\":\"路灯维护\",\"type\":\"BASIC\",\"categoryCodes\":[\"CJ-02\"]}";
        mvc.perform(post(base + "/draft/items").with(as(province)).contentType(MediaType.APPLICATION_JSON).content(item))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].code").value("B-1"));
        mvc.perform(post(base + "/draft/items").with(as(province)).contentType(MediaType.APPLICATION_JSON).content(item))
                .andExpect(status().isConflict());
    }

    @Test
    void aCountyAdministratorCannotSeeOrEditAnotherCountysTownship() throws Exception {
        StaffPrincipal jinjiang = StaffFixtures.staff(77, "jinjiang-admin", 77, "锦江区委社会工作部", UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510104000000", Role.COUNTY_ADMIN);
        mvc.perform(post("/api/v1/duty/townships/510107009000/draft").with(as(jinjiang))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/duty/510107009000").with(as(jinjiang))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/duty/510107009000/draft/items").with(as(jinjiang)).param("version", "0").param("code", "B-1")
                .param("name", "x").param("type", "基本").param("categoryCodes", "CJ-01")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/duty/townships/510104017000/draft").with(as(jinjiang))).andExpect(status().isOk());
        assertThat(lists.draft(province.scope(), RegionCode.of("510107009000"))).isEmpty();
    }

    @Test
    void theProposalFollowsTheListInForceAndTheVillagesAdmittedWork() throws Exception {
        RegionCode yulin = RegionCode.of("510107005000");
        RegionCode north = RegionCode.of("510107005001");
        unit("玉林街道办事处", UnitKind.TOWNSHIP_OFFICE, yulin.value());
        unit("武侯区人民政府", UnitKind.GOVERNMENT, "510107000000");
        UnitView environment = unit("成都市武侯生态环境局", UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        DutyListVersion d = lists.openDraft(province, yulin);
        d = lists.putItem(province, yulin, d.version(), new DutyItemInput("B-012", "邻里纠纷排查调处", "基本", List.of("ZA-03"), null));
        d = lists.putItem(province, yulin, d.version(), new DutyItemInput("S-001", "噪声污染执法", "收回", List.of("HJ-01"),
                String.valueOf(environment.id())));
        lists.publish(province, yulin, d.version(), LocalDate.of(2026, 1, 1));
        villages.add(province, north, "N-01", "代替部门开展执法", VillageWorkType.NEGATIVE, List.of("HJ-01"), LocalDate.of(2026, 1, 1));
        villages.add(province, north, "V-01", "调解邻里纠纷", VillageWorkType.LAWFUL_DUTY, List.of("ZA-03"), LocalDate.of(2026, 1, 1));

        DispatchProposal basic = dispatch.propose(yulin, north, "ZA-03", LocalDate.of(2026, 3, 1));
        assertThat(units.byId(UnitId.of(basic.leadUnitId())).orElseThrow()).satisfies(u -> {
            assertThat(u.kind()).isEqualTo(UnitKind.TOWNSHIP_OFFICE);
            assertThat(u.region()).isEqualTo(yulin);
        });
        assertThat(basic.villageMayLead()).isTrue();
        assertThat(basic.reason()).startsWith("依据玉林街道履行职责事项清单（第1版，2026-01-01起施行）第B-012项「邻里纠纷排查调处」：基本履职事项");

        mvc.perform(get("/api/v1/duty/propose").param("township", yulin.value()).param("village", north.value())
                        .param("category", "HJ-01").param("on", "2026-03-01").with(as(province)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leadUnitId").value(environment.id().value()))
                .andExpect(jsonPath("$.itemType").value("WITHDRAWN"))
                .andExpect(jsonPath("$.villageMayHandle").value(false))
                .andExpect(jsonPath("$.manualDispatch").value(false));

        DispatchProposal fallback = dispatch.propose(yulin, null, "JY-02", LocalDate.of(2026, 3, 1));
        assertThat(fallback.manualDispatch()).isTrue();
        assertThat(units.byId(UnitId.of(fallback.leadUnitId())).orElseThrow().kind()).isEqualTo(UnitKind.GOVERNMENT);
        assertThat(dispatch.propose(yulin, null, "ZA-03", LocalDate.of(2025, 12, 31)).manualDispatch()).isTrue();

        mvc.perform(get("/api/v1/duty/propose").param("township", yulin.value()).param("category", "XX-01").with(as(province)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("category"));
        mvc.perform(get("/admin/duty/villages/510107005001").with(as(province))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("代替部门开展执法")));
    }

    @Test
    void anAdministratorEditsADraftThroughThePagesAndABadUploadIsListedOnThePage() throws Exception {
        String page = "/admin/duty/510107062000";
        mvc.perform(post(page + "/draft").with(as(province))).andExpect(status().is3xxRedirection());
        int lock = lists.draft(province.scope(), RegionCode.of("510107062000")).orElseThrow().version();
        mvc.perform(post(page + "/draft/items").with(as(province)).param("version", String.valueOf(lock)).param("code", "b-7")
                .param("name", "井盖巡查").param("type", "BASIC").param("categoryCodes", "CJ-03")).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(as(province))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("井盖巡查")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"publish-form\"")));
        mvc.perform(multipart(page + "/draft/import").file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream",
                        DutyWorkbookUnitTests.workbook(new String[] { "B-8", "", "基本", "CJ-01" })))
                        .param("version", String.valueOf(lock + 1)).with(as(province)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("第2行")));
        mvc.perform(post(page + "/draft/publish").with(as(province)).param("version", String.valueOf(lock + 1))
                .param("effectiveFrom", "2026-05-01")).andExpect(status().is3xxRedirection());
        assertThat(lists.inForce(RegionCode.of("510107062000"), LocalDate.of(2026, 5, 1))).get()
                .satisfies(v -> assertThat(v.items()).extracting(DutyItem::code).containsExactly("B-7"));
    }

    private JsonNode body(String s) throws Exception {
        return json.readTree(s);
    }
}
