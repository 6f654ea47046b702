package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.NotPermitted;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may take which step on a demand (DemandPermissions), asked alike by the page forms, the API and the
 * templates; each leak found in acceptance testing (issue 9) closed at its edge.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemandPermissionsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    DemandManagement demands;
    @Autowired
    JdbcClient jdbc;

    String s;
    StaffPrincipal operator;
    StaffPrincipal yulin;
    StaffPrincipal wuhouAdmin;
    StaffPrincipal jinjiangAdmin;
    StaffPrincipal housing;
    StaffPrincipal housingChief;
    UnitView yulinOffice;
    UnitView housingBureau;
    UnitView jiangxijie;

    @BeforeEach
    void units() {
        s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        UnitView hotline = units.create(province, "成都市12345热线" + s, UnitKind.GOVERNMENT, "510100000000");
        yulinOffice = units.create(province, "玉林街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        jiangxijie = units.create(province, "浆洗街街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107001000");
        housingBureau = units.create(province, "武侯区住建局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        UnitView wuhou = units.create(province, "武侯区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        UnitView jinjiang = units.create(province, "锦江区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510104000000");
        operator = StaffFixtures.staff(300, "pm-op" + s, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT, "510100000000",
                Role.HOTLINE_OPERATOR);
        yulin = StaffFixtures.staff(301, "pm-yl" + s, yulinOffice.id().value(), yulinOffice.name(), UnitKind.TOWNSHIP_OFFICE,
                "510107005000", Role.TOWNSHIP_STAFF);
        wuhouAdmin = StaffFixtures.staff(302, "pm-wh" + s, wuhou.id().value(), wuhou.name(), UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510107000000", Role.COUNTY_ADMIN);
        jinjiangAdmin = StaffFixtures.staff(303, "pm-jj" + s, jinjiang.id().value(), jinjiang.name(), UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510104000000", Role.COUNTY_ADMIN);
        housing = StaffFixtures.staff(304, "pm-zj" + s, housingBureau.id().value(), housingBureau.name(),
                UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000", Role.DEPARTMENT_HANDLER);
        // a county-level department's head may hold the county administrator's role too (RoleGrantPolicy: county unit)
        housingChief = StaffFixtures.staff(305, "pm-zjc" + s, housingBureau.id().value(), housingBureau.name(),
                UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000", Role.DEPARTMENT_HANDLER, Role.COUNTY_ADMIN);
    }

    private long submit(String matter) {
        return demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "ZF-01", matter, "13800001111",
                "王女士", null, null, null, "510107005001"), operator, null).id().value();
    }

    private long acceptedBy(UnitView unit, StaffPrincipal handler, String matter) {
        long id = submit(matter);
        demands.dispatch(operator, new DemandId(id), new DemandManagement.Dispatch(unit.id().value(), List.of(), "基本履职事项"));
        demands.accept(handler, new DemandId(id));
        return id;
    }

    private long refusals(String actor, String action) {
        return jdbc.sql("select count(*) from identity_audit_log where actor = :a and action = :x and outcome = 'REFUSED'")
                .param("a", actor).param("x", action).query(Long.class).single();
    }

    private String page(StaffPrincipal who, long id) throws Exception {
        return mvc.perform(get("/demands/" + id).with(as(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aTownshipCannotApproveItsOwnExtensionByThePageFormOrTheApiAndEachRefusalIsAudited() throws Exception {
        long id = acceptedBy(yulinOffice, yulin, "小区外墙脱落需协调产权单位");
        String until = LocalDate.now().plusDays(60).toString();
        mvc.perform(post("/demands/" + id + "/extension").with(as(yulin)).param("until", until).param("text", "需协调产权单位"))
                .andExpect(status().is3xxRedirection());
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).requestedExtension()).isNotNull();
        assertThat(page(yulin, id)).contains("extension-pending").doesNotContain("approve-extension-form")
                .doesNotContain("reject-extension-form").doesNotContain("extension-form\"");

        mvc.perform(post("/demands/" + id + "/approve-extension").with(as(yulin))).andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("批准延期")));
        mvc.perform(post("/api/v1/demands/" + id + "/extension/approve").with(as(yulin))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("identity.rule.role"))
                .andExpect(jsonPath("$.error").value(Matchers.containsString("批准延期")))
                .andExpect(jsonPath("$.errorEn").isNotEmpty());
        mvc.perform(post("/api/v1/demands/" + id + "/extension/reject").with(as(yulin))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"自己驳回\"}")).andExpect(status().isForbidden());

        var unchanged = demands.find(Scope.PROVINCE, new DemandId(id));
        assertThat(unchanged.extended()).isFalse();
        assertThat(unchanged.requestedExtension()).isNotNull();
        assertThat(unchanged.timeline()).extracting(TimelineEntry::step).doesNotContain(DemandStep.APPROVE_EXTENSION);
        assertThat(refusals(yulin.username(), "refused POST /demands/" + id + "/approve-extension")).isEqualTo(1);
        assertThat(refusals(yulin.username(), "refused POST /api/v1/demands/" + id + "/extension/approve")).isEqualTo(1);

        // another county's administrator cannot even see it; the county's own approves it
        mvc.perform(post("/demands/" + id + "/approve-extension").with(as(jinjiangAdmin))).andExpect(status().isNotFound());
        assertThat(page(wuhouAdmin, id)).contains("approve-extension-form", "reject-extension-form");
        mvc.perform(post("/demands/" + id + "/approve-extension").with(as(wuhouAdmin))).andExpect(status().is3xxRedirection());
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).extended()).isTrue();
    }

    @Test
    void whoeverAskedForAnExtensionAndTheirUnitMayNotDecideItEvenHoldingAnAdministratorsRole() throws Exception {
        long id = acceptedBy(housingBureau, housing, "违建需住建部门处置，需延期");
        demands.requestExtension(housing, new DemandId(id), LocalDate.now().plusDays(60), "需联合执法");
        // the unit's head holds COUNTY_ADMIN, so the route lets them through; the demand refuses by relation
        assertThat(demands.find(housingChief, new DemandId(id)).allowed()).doesNotContain(DemandStep.APPROVE_EXTENSION,
                DemandStep.REJECT_EXTENSION);
        mvc.perform(post("/api/v1/demands/" + id + "/extension/approve").with(as(housingChief)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("demand.rule.ownExtension"))
                .andExpect(jsonPath("$.error").value(Matchers.containsString("接诉即办工作条例第十五条")))
                .andExpect(jsonPath("$.errorEn").value(Matchers.containsString("art. 15")));
        mvc.perform(post("/demands/" + id + "/reject-extension").with(as(housingChief)).param("text", "本单位自行驳回"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> demands.approveExtension(housingChief, new DemandId(id))).isInstanceOf(NotPermitted.class)
                .satisfies(e -> assertThat(((NotPermitted) e).rule()).isEqualTo("demand.rule.ownExtension"));
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).extended()).isFalse();
        // nor supervise a demand their own unit handles; the rule is named in both languages, with the step
        mvc.perform(post("/api/v1/demands/" + id + "/supervise").with(as(housingChief))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"自我督办\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("demand.rule.supervisor"))
                .andExpect(jsonPath("$.error").value("只有诉求所在区域、且不承办该诉求的上级管理员可以“督办”。"))
                .andExpect(jsonPath("$.errorEn").value(Matchers.containsString("the demand's region")))
                .andExpect(jsonPath("$.errorEn").value(Matchers.endsWith("\"Supervise\".")));
        assertThat(demands.find(wuhouAdmin, new DemandId(id)).allowed()).contains(DemandStep.APPROVE_EXTENSION, DemandStep.SUPERVISE);
    }

    @Test
    void eachStepIsForItsRelationTheWrongUnitGets403AndTheRecordIsUntouched() throws Exception {
        long id = acceptedBy(yulinOffice, yulin, "楼道堆放杂物堵塞通道");
        StaffPrincipal otherTownshipInScope = StaffFixtures.staff(306, "pm-ylb" + s, jiangxijie.id().value(), jiangxijie.name(),
                UnitKind.TOWNSHIP_OFFICE, "510107005000", Role.TOWNSHIP_STAFF);
        int version = demands.find(Scope.PROVINCE, new DemandId(id)).version();
        mvc.perform(post("/api/v1/demands/" + id + "/reply").with(as(otherTownshipInScope))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"抢答\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("demand.rule.handlerUnit"));
        mvc.perform(post("/demands/" + id + "/whistle").with(as(otherTownshipInScope)).param("text", "吹哨")
                        .param("departmentIds", String.valueOf(housingBureau.id())).param("reportBy", "2099-01-01T09:00"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/demands/" + id + "/report-in").with(as(housing))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"未被召集\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/demands/" + id + "/supervise").with(as(operator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"督办\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("identity.rule.role"));
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).version()).isEqualTo(version);

        // each viewer is offered exactly their steps
        assertThat(demands.find(yulin, new DemandId(id)).allowed()).containsExactlyInAnyOrder(DemandStep.REPLY,
                DemandStep.REQUEST_EXTENSION, DemandStep.WHISTLE);
        assertThat(demands.find(otherTownshipInScope, new DemandId(id)).allowed()).isEmpty();
        assertThat(demands.find(operator, new DemandId(id)).allowed()).containsExactlyInAnyOrder(DemandStep.MERGE, DemandStep.REFUSE_MERGE);
        assertThat(demands.find(wuhouAdmin, new DemandId(id)).allowed()).contains(DemandStep.SUPERVISE).doesNotContain(DemandStep.REPLY);
        assertThat(page(yulin, id)).contains("reply-submit", "whistle-form").doesNotContain("dispatch-form");
        assertThat(page(operator, id)).doesNotContain("reply-submit", "whistle-form", "dispatch-form");
    }

    @Test
    void eachReturnIsDecidedExactlyOnceAndOnlyUpheldReturnsCountTowardsDesignation() throws Exception {
        long id = submit("电梯故障多日无人维修");
        demands.dispatch(operator, new DemandId(id), new DemandManagement.Dispatch(yulinOffice.id().value(), List.of(), "基本履职事项"));
        demands.returnOrder(yulin, new DemandId(id), "属于住建部门职责");
        assertThat(demands.find(operator, new DemandId(id)).allowed()).contains(DemandStep.UPHOLD_RETURN, DemandStep.REFUSE_RETURN)
                .doesNotContain(DemandStep.DISPATCH);
        // a return waits for its decision before the demand is dispatched again
        mvc.perform(post("/api/v1/demands/" + id + "/dispatch").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leadUnitId\":" + housingBureau.id() + ",\"coHandlerUnitIds\":[],\"reason\":\"改派\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("demand.return.undecided"));

        mvc.perform(post("/demands/" + id + "/uphold-return").with(as(operator))).andExpect(status().is3xxRedirection());
        for (var again : List.of(post("/api/v1/demands/" + id + "/return/uphold"),
                post("/api/v1/demands/" + id + "/return/refuse").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"驳回\"}"))) {
            mvc.perform(again.with(as(operator))).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("demand.return.alreadyDecided"))
                    .andExpect(jsonPath("$.error").isNotEmpty()).andExpect(jsonPath("$.errorEn").isNotEmpty());
        }
        assertThat(demands.find(Scope.PROVINCE, new DemandId(id)).failedDispatches()).isEqualTo(1);
        assertThat(demands.find(operator, new DemandId(id)).allowed()).contains(DemandStep.DISPATCH).doesNotContain(DemandStep.UPHOLD_RETURN);

        // a refused return counts for nothing, and is refused only once
        demands.dispatch(operator, new DemandId(id), new DemandManagement.Dispatch(housingBureau.id().value(), List.of(), "住建部门职责"));
        demands.returnOrder(housing, new DemandId(id), "属于街道职责");
        demands.refuseReturn(operator, new DemandId(id), "清单明确由住建部门承办");
        mvc.perform(post("/api/v1/demands/" + id + "/return/refuse").with(as(operator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"再驳回\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("demand.return.alreadyDecided"));
        mvc.perform(post("/api/v1/demands/" + id + "/return/uphold").with(as(operator)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("demand.return.alreadyDecided"));
        var d = demands.find(Scope.PROVINCE, new DemandId(id));
        assertThat(d.failedDispatches()).isEqualTo(1);
        assertThat(d.timeline()).extracting(TimelineEntry::step).containsOnlyOnce(DemandStep.UPHOLD_RETURN,
                DemandStep.REFUSE_RETURN);
    }

    @Test
    void anIdempotencyKeyIsTheSendersOwnAnotherAccountReusingItGetsItsOwnDemand() throws Exception {
        StaffPrincipal colleague = StaffFixtures.staff(307, "pm-op2" + s, operator.unitId().value(), operator.unitName(),
                UnitKind.GOVERNMENT, "510100000000", Role.HOTLINE_OPERATOR);
        String json = """
                {"kind":"COMPLAINT","categoryCode":"ZF-01","matter":"路灯不亮已一周","phone":"13912345678",
                 "contactName":"王女士","address":"成都市武侯区玉林街道"}
                """;
        String key = "shared-" + s;
        String first = mvc.perform(post("/api/v1/demands").with(as(operator)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String second = mvc.perform(post("/api/v1/demands").with(as(colleague)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.replayed").value(false))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String firstCode = first.replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1");
        String secondCode = second.replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1");
        assertThat(secondCode).isNotEqualTo(firstCode);
        // each sender still gets its own first result back, and its own key refuses a different body
        mvc.perform(post("/api/v1/demands").with(as(operator)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andExpect(jsonPath("$.trackingCode").value(firstCode));
        mvc.perform(post("/api/v1/demands").with(as(colleague)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andExpect(jsonPath("$.trackingCode").value(secondCode));
        mvc.perform(post("/api/v1/demands").with(as(colleague)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(json.replace("一周", "两周")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("demand.idempotency.reused"));
        assertThat(demands.findByTrackingCode(secondCode).orElseThrow().timeline().get(0).actor())
                .isEqualTo(colleague.username());
    }

    @Test
    void onlyTheRolesOfAStepSeeItsLinksInTheNavigation() throws Exception {
        String forOperator = mvc.perform(get("/demands/inbox").with(as(operator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(forOperator).contains("/demands/workbench", "/demands/callbacks").doesNotContain("/demands/reopens",
                "/demands/whistles", "/admin/open311");
        String forTownship = mvc.perform(get("/demands/inbox").with(as(yulin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(forTownship).contains("/demands/whistles").doesNotContain("/demands/workbench", "/demands/callbacks");
        String forProvince = mvc.perform(get("/demands/inbox").with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(forProvince).contains("/demands/reopens", "/admin/open311");
    }
}
