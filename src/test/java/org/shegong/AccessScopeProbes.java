package org.shegong;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.NewAccount;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Real records in 攀枝花市东区 (510402), outside the scope of every account the access matrix signs in with
 * (they sit in 成都市武侯区 or, for the province and city roles, are checked with a record of another province
 * level only where the route is scoped). One record per kind, made on first use through the modules' own APIs.
 */
final class AccessScopeProbes {

    static final String DONGQU = "510402000000";
    static final String DONGQU_TOWNSHIP = "510402001000";
    static final String DONGQU_VILLAGE = "510402001002";

    private final MockMvc mvc;
    private final UnitManagement units;
    private final AccountManagement accounts;
    private final StaffPrincipal provinceAdmin;
    private final org.shegong.notify.Inbox inbox;
    private final String suffix;
    private final Map<String, Supplier<String>> byPathPrefix = new LinkedHashMap<>();
    private final Map<String, String> made = new java.util.HashMap<>();

    private final org.springframework.context.ApplicationContext context;

    AccessScopeProbes(org.springframework.context.ApplicationContext context, MockMvc mvc, UnitManagement units,
            AccountManagement accounts, org.shegong.notify.Inbox inbox, StaffPrincipal provinceAdmin, String suffix) {
        this.context = context;
        this.inbox = inbox;
        this.mvc = mvc;
        this.units = units;
        this.accounts = accounts;
        this.provinceAdmin = provinceAdmin;
        this.suffix = suffix;
        byPathPrefix.put("/admin/units/", () -> once("unit", this::unit));
        byPathPrefix.put("/api/v1/units/", () -> once("unit", this::unit));
        byPathPrefix.put("/insight/rankings/units/", () -> once("unit", this::unit));
        byPathPrefix.put("/api/v1/insight/rankings/units/", () -> once("unit", this::unit));
        byPathPrefix.put("/admin/accounts/", () -> once("account", this::account));
        byPathPrefix.put("/api/v1/accounts/", () -> once("account", this::account));
        byPathPrefix.put("/admin/duty/villages/", () -> DONGQU_VILLAGE);
        byPathPrefix.put("/api/v1/duty/villages/", () -> DONGQU_VILLAGE);
        byPathPrefix.put("/admin/duty/", () -> DONGQU_TOWNSHIP);
        byPathPrefix.put("/api/v1/duty/townships/", () -> DONGQU_TOWNSHIP);
        byPathPrefix.put("/notices/", () -> once("notice", this::notice));
        byPathPrefix.put("/api/v1/notices/", () -> once("notice", this::notice));
        byPathPrefix.put("/demands/", () -> once("demand", this::demand));
        byPathPrefix.put("/api/v1/demands/", () -> once("demand", this::demand));
        byPathPrefix.put("/api/v1/partybuilding/organizations/", () -> once("pb-organization", this::pbOrganization));
        byPathPrefix.put("/api/v1/partybuilding/party-organizations/", () -> once("pb-party", this::pbParty));
        byPathPrefix.put("/api/v1/partybuilding/stations/", () -> once("pb-station", this::pbStation));
        byPathPrefix.put("/api/v1/workforce/stations/", () -> once("wf-station", this::wfStation));
        byPathPrefix.put("/api/v1/workforce/social-workers/", () -> once("wf-worker", this::wfWorker));
        byPathPrefix.put("/api/v1/workforce/projects/", () -> once("wf-project", this::wfProject));
        byPathPrefix.put("/api/v1/workforce/complexes/", () -> once("wf-complex", this::wfComplex));
        byPathPrefix.put("/petitions/", () -> once("petition", this::petition));
        byPathPrefix.put("/api/v1/petitions/", () -> once("petition", this::petition));
        byPathPrefix.put("/volunteering/organizations/", () -> once("volunteer-organization", this::volunteerOrganization));
        byPathPrefix.put("/api/v1/volunteering/organizations/", () -> once("volunteer-organization", this::volunteerOrganization));
        byPathPrefix.put("/volunteering/activities/", () -> once("activity", () -> activity()[0]));
        byPathPrefix.put("/api/v1/volunteering/activities/", () -> once("activity", () -> activity()[0]));
        byPathPrefix.put("/volunteering/shifts/", () -> once("shift", () -> activity()[1]));
        byPathPrefix.put("/api/v1/volunteering/shifts/", () -> once("shift", () -> activity()[1]));
        byPathPrefix.put("/burden/applications/", () -> once("burden-application", this::burdenApplication));
        byPathPrefix.put("/api/v1/burden/applications/", () -> once("burden-application", this::burdenApplication));
        byPathPrefix.put("/burden/forms/", () -> once("burden-form", this::burdenForm));
        byPathPrefix.put("/api/v1/burden/forms/", () -> once("burden-form", this::burdenForm));
        byPathPrefix.put("/burden/plaques/", () -> once("burden-plaque", this::burdenPlaque));
        byPathPrefix.put("/care/people/", () -> once("care-person", () -> carePerson()[0]));
        byPathPrefix.put("/api/v1/care/people/", () -> once("care-person", () -> carePerson()[0]));
        byPathPrefix.put("/care/visits/", () -> once("care-visit", () -> carePerson()[1]));
        byPathPrefix.put("/care/needs/", () -> once("care-need", () -> carePerson()[2]));
        byPathPrefix.put("/api/v1/care/needs/", () -> once("care-need", () -> carePerson()[2]));
        byPathPrefix.put("/suggestions/campaigns/", () -> once("campaign", this::campaign));
        byPathPrefix.put("/api/v1/suggestions/campaigns/", () -> once("campaign", this::campaign));
        byPathPrefix.put("/suggestions/points/", () -> once("point", this::point));
        byPathPrefix.put("/suggestions/awards/", () -> once("award", this::awardRound));
        byPathPrefix.put("/api/v1/suggestions/awards/", () -> once("award", this::awardRound));
        byPathPrefix.put("/grid-layers/", () -> once("grid-layer", this::gridLayer));
        byPathPrefix.put("/api/v1/grid-layers/", () -> once("grid-layer", this::gridLayer));
        byPathPrefix.put("/grid/inspections/", () -> once("grid-inspection", this::gridInspection));
        byPathPrefix.put("/api/v1/grid/inspections/", () -> once("grid-inspection", this::gridInspection));
        byPathPrefix.put("/suggestions/", () -> once("suggestion", this::suggestion));
        byPathPrefix.put("/api/v1/suggestions/", () -> once("suggestion", this::suggestion));
        byPathPrefix.put("/disputes/screenings/", () -> once("dispute-screening", this::disputeScreening));
        byPathPrefix.put("/api/v1/disputes/screenings/", () -> once("dispute-screening", this::disputeScreening));
        byPathPrefix.put("/disputes/", () -> once("dispute", this::dispute));
        byPathPrefix.put("/api/v1/disputes/", () -> once("dispute", this::dispute));
    }

    /** The id of a record outside the caller's scope for a route's path, if this class knows its kind. */
    Optional<String> outsideScopeOf(String path) {
        return byPathPrefix.entrySet().stream().filter(e -> path.startsWith(e.getKey())).findFirst()
                .map(e -> e.getValue().get());
    }

    private String once(String kind, Supplier<String> make) {
        String id = made.get(kind);
        if (id == null) {
            id = make.get();
            made.put(kind, id);
        }
        return id;
    }

    private UnitView dongqu;

    private UnitView dongquUnit() {
        if (dongqu == null) {
            dongqu = units.create(provinceAdmin, "东区范围外单位" + suffix, UnitKind.GOVERNMENT, DONGQU);
        }
        return dongqu;
    }

    private String unit() {
        return Long.toString(dongquUnit().id().value());
    }

    private String account() {
        var unit = dongquUnit();
        return Long.toString(accounts.create(provinceAdmin, new NewAccount("dq" + suffix, "东区账号", unit.id(),
                Set.of(Role.HOTLINE_OPERATOR), "Outside#Scope2026", null, null)).id().value());
    }

    private StaffPrincipal dongquOrganizer;
    private String[] activityAndShift;

    private String volunteerOrganization() {
        var office = units.create(provinceAdmin, "东区街道志愿服务" + suffix, UnitKind.TOWNSHIP_OFFICE, DONGQU_TOWNSHIP);
        dongquOrganizer = StaffFixtures.staff(9_900_001L, "dqv" + suffix, office.id().value(), office.name(), UnitKind.TOWNSHIP_OFFICE,
                DONGQU_TOWNSHIP, Role.TOWNSHIP_STAFF);
        var organizations = context.getBean(org.shegong.volunteer.OrganizationManagement.class);
        var team = organizations.register(dongquOrganizer, "东区志愿服务队" + suffix);
        return Long.toString(organizations.decide(provinceAdmin, team.id(), true, "").id());
    }

    private String[] activity() {
        if (activityAndShift == null) {
            long organization = Long.parseLong(once("volunteer-organization", this::volunteerOrganization));
            java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(3));
            var a = context.getBean(org.shegong.volunteer.ActivityManagement.class).create(dongquOrganizer,
                    new org.shegong.volunteer.NewActivity(organization, "东区助老" + suffix, "陪伴独居老人", DONGQU_VILLAGE, "社区活动室",
                            org.shegong.volunteer.Risk.LOW, false, null, null, java.util.List.of(
                                    new org.shegong.volunteer.NewActivity.Shift("陪伴员", null, start,
                                            start.plus(java.time.Duration.ofHours(2)), 5))));
            activityAndShift = new String[] { Long.toString(a.id().value()), Long.toString(a.shifts().get(0).id()) };
        }
        return activityAndShift;
    }

    private String[] carePersonVisitNeed;

    /** A registered person in 东区 with one visit (with a photo) and one need. */
    private String[] carePerson() {
        if (carePersonVisitNeed == null) {
            var office = units.create(provinceAdmin, "东区街道关爱" + suffix, UnitKind.TOWNSHIP_OFFICE, DONGQU_TOWNSHIP);
            StaffPrincipal dongquStaff = StaffFixtures.staff(9_900_002L, "dqc" + suffix, office.id().value(), office.name(),
                    UnitKind.TOWNSHIP_OFFICE, DONGQU_TOWNSHIP, Role.TOWNSHIP_STAFF);
            String grid = org.shegong.care.CareFixtures.grid(context.getBean(org.shegong.region.Grids.class), DONGQU_VILLAGE,
                    dongquStaff.username());
            var registry = context.getBean(org.shegong.care.CareRegistry.class);
            var person = registry.register(dongquStaff, new org.shegong.care.NewPerson("东区独居老人", "ELDERLY_ALONE", null,
                    org.shegong.care.CareFixtures.elderId(), org.shegong.care.CareFixtures.mobile(), "炳草岗", "糖尿病", grid));
            var visits = context.getBean(org.shegong.care.VisitLog.class);
            long visit = visits.log(dongquStaff, person.id(), new org.shegong.care.NewVisit(null, "家中", "精神尚可", null, null,
                    null), org.shegong.care.VisitPhoto.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0 }));
            long need = visits.raiseNeed(dongquStaff, person.id(), visit, "需要助餐");
            carePersonVisitNeed = new String[] { Long.toString(person.id().value()), Long.toString(visit), Long.toString(need) };
        }
        return carePersonVisitNeed;
    }

    private String notice() {
        return Long.toString(inbox.post(dongquUnit().id().value(), "matrix", "范围外消息", "Out-of-scope notice", "/notices").id());
    }

    private String demand() {
        return created("/api/v1/demands", """
                {"kind":"COMPLAINT","categoryCode":"ZF-01","matter":"炳草岗大街夜间施工噪音扰民","phone":"13912345678",
                 "contactName":"李女士","regionCode":"%s"}""".formatted(DONGQU_TOWNSHIP));
    }

    private String petition() {
        return created("/api/v1/petitions", """
                {"channel":"LETTER","groupVisit":false,"petitioners":[{"name":"王先生","phone":"13912345678"}],
                 "matter":"东区某小区物业长期不维修电梯","regionCode":"%s","category":"CLAIM"}""".formatted(DONGQU_TOWNSHIP));
    }

    /** 东区's own social-work department: suggestion records belong to the region of the unit that makes them. */
    private StaffPrincipal dongquAdmin() {
        var unit = dongquUnit();
        return StaffFixtures.staff(9901, "dq-admin" + suffix, unit.id().value(), unit.name(), UnitKind.GOVERNMENT, DONGQU,
                Role.COUNTY_ADMIN);
    }

    private String suggestion() {
        return created(dongquAdmin(), "/api/v1/suggestions", """
                {"channel":"LETTER","topic":"炳草岗增设公共充电桩","measures":"在社区停车场增设充电桩","name":"李女士",
                 "regionCode":"%s"}""".formatted(DONGQU_TOWNSHIP));
    }

    private String campaign() {
        return created(dongquAdmin(), "/api/v1/suggestions/campaigns", """
                {"topic":"东区老旧小区改造","opensAt":"2026-01-01T09:00","closesAt":"2027-12-31T18:00"}""");
    }

    private String point() {
        return created(dongquAdmin(), "/api/v1/suggestions/points", """
                {"name":"东区征集点","regionCode":"%s"}""".formatted(DONGQU_TOWNSHIP));
    }

    private String awardRound() {
        return created(dongquAdmin(), "/api/v1/suggestions/awards", """
                {"year":2026,"title":"东区优秀建议","grades":"一等奖=1"}""");
    }

    private String pbOrganization() {
        return created("/api/v1/partybuilding/organizations", """
                {"creditCode":"%s","name":"东区范围外企业%s","kind":"ENTERPRISE","industry":"制造业","size":"SMALL",
                 "competentUnitId":%d,"regionCode":"%s","employees":30,"fullMembers":3}"""
                .formatted(org.shegong.partybuilding.PartyBuildingFixtures.creditCode(DONGQU), suffix, dongquUnit().id().value(),
                        DONGQU_TOWNSHIP));
    }

    private String pbParty() {
        String unit = once("pb-organization", this::pbOrganization);
        return created("/api/v1/partybuilding/party-organizations", """
                {"kind":"OWN_BRANCH","name":"东区范围外党支部%s","organizationIds":[%s],"members":[
                 {"memberNo":"dq%s-1","name":"甲","organizationId":%s,"probationary":false},
                 {"memberNo":"dq%s-2","name":"乙","organizationId":%s,"probationary":false},
                 {"memberNo":"dq%s-3","name":"丙","organizationId":%s,"probationary":false}]}"""
                .formatted(suffix, unit, suffix, unit, suffix, unit, suffix, unit));
    }

    private String pbStation() {
        return created("/api/v1/partybuilding/stations", """
                {"name":"炳草岗暖新驿站%s","regionCode":"%s","address":"攀枝花市东区炳草岗大街1号","lat":26.58,"lng":101.72,
                 "opens":"08:00","closes":"20:00","services":["REST","DRINKING_WATER"]}""".formatted(suffix, DONGQU_TOWNSHIP));
    }

    private String dispute() {
        return created("/api/v1/disputes", """
                {"kind":"NEIGHBOURS","facts":"东区相邻两户因院墙界址发生争执","regionCode":"%s","risk":"LOW",
                 "parties":[{"name":"东区甲"},{"name":"东区乙"}]}""".formatted(DONGQU_VILLAGE));
    }

    /** 东区 has no grid layer yet: the round is written as the module stores it, on a grid code of that village. */
    private String disputeScreening() {
        return Long.toString(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("""
                INSERT INTO dispute_screening (grid_code, title, period_start, period_end, households, assignee_account_id,
                  assignee_name, created_at, created_by)
                VALUES (:grid, '东区排查', CURRENT_DATE, CURRENT_DATE + 30, 10, 1, '东区网格员', now(), 'matrix') RETURNING id""")
                .param("grid", DONGQU_VILLAGE + "001").query(Long.class).single());
    }

    /** A departmental grid layer of 东区, uploaded by the province on a department's behalf. */
    private String gridLayer() {
        return created("/api/v1/grid-layers?county=" + DONGQU + "&department=DQ-probe&name=probe" + suffix, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"P1","name":"probe"},
                 "geometry":{"type":"Polygon","coordinates":[[[101.601,26.501],[101.602,26.501],[101.602,26.502],[101.601,26.502],[101.601,26.501]]]}}]}""");
    }

    /** An inspection in a unified grid of 东区 for an item its community admitted, pushed by a 东区 department. */
    private String gridInspection() {
        String grid = DONGQU_VILLAGE + "901";
        context.getBean(org.shegong.region.Grids.class).importGeoJson("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"%s","name":"东区探针网格"},
                 "geometry":{"type":"Polygon","coordinates":[[[101.601,26.501],[101.602,26.501],[101.602,26.502],[101.601,26.502],[101.601,26.501]]]}}]}"""
                .formatted(grid), org.shegong.region.Scope.PROVINCE);
        String item = ("PB-" + suffix).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9-]", "");
        item = item.substring(0, Math.min(item.length(), 20));
        context.getBean(org.shegong.duty.VillageWorkLists.class).add(provinceAdmin,
                org.shegong.region.RegionCode.of(DONGQU_VILLAGE), item, "东区巡查", org.shegong.duty.VillageWorkType.LAWFUL_ASSIST,
                java.util.List.of("ZF-01"), java.time.LocalDate.now().minusDays(1));
        var department = units.create(provinceAdmin, "东区执法局" + suffix, UnitKind.FUNCTIONAL_DEPARTMENT, DONGQU);
        StaffPrincipal handler = StaffFixtures.staff(9_902L, "dq-dept" + suffix, department.id().value(), department.name(),
                UnitKind.FUNCTIONAL_DEPARTMENT, DONGQU, Role.DEPARTMENT_HANDLER);
        var pushed = context.getBean(org.shegong.gridfusion.InspectionManagement.class).push(handler,
                new org.shegong.gridfusion.PushInspection(item, "东区范围外巡查", grid, null, java.time.LocalDate.now().plusDays(3)));
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select id from gridfusion_inspection where batch = :b").param("b", pushed.batch())
                .query(Long.class).single().toString();
    }

    private String wfStation() {
        return created("/api/v1/workforce/stations", """
                {"name":"东区范围外社工站%s","regionCode":"%s","address":"攀枝花市东区大渡口街道1号","lat":26.58,"lng":101.72}"""
                .formatted(suffix, DONGQU_TOWNSHIP));
    }

    private String wfWorker() {
        return created("/api/v1/workforce/social-workers", """
                {"name":"东区社工","idNumber":"%s","credential":"INTERMEDIATE","employer":"东区社工机构","stationId":%s}"""
                .formatted(org.shegong.workforce.WorkforceFixtures.residentId(DONGQU), once("wf-station", this::wfStation)));
    }

    private String wfProject() {
        return created("/api/v1/workforce/projects", """
                {"title":"东区范围外项目%s","purchaser":"东区民政局","provider":"东区社工机构","regionCode":"%s","budget":100000,
                 "startsOn":"2026-01-01","endsOn":"2026-12-31","deliverables":"个案50个"}""".formatted(suffix, DONGQU));
    }

    private String wfComplex() {
        return created("/api/v1/workforce/complexes", """
                {"name":"东区范围外服务体%s","regionCode":"%s","pilot":true,"address":"攀枝花市东区大渡口街道2号","lat":26.58,
                 "lng":101.72,"facilities":["活动室"],"services":["托育"]}""".formatted(suffix, DONGQU_VILLAGE));
    }

    private String created(String path, String json) {
        return created(provinceAdmin, path, json);
    }

    private String created(StaffPrincipal who, String path, String json) {
        try {
            String out = mvc.perform(post(path).with(StaffFixtures.as(who)).contentType(MediaType.APPLICATION_JSON)
                    .content(json)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String id = out.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
            if (!id.matches("\\d+")) {
                throw new IllegalStateException(path + " did not create a record: " + out);
            }
            return id;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An admission application of 东区's own department, a draft form of 东区, a plaque of a 东区 village. */
    private String burdenApplication() {
        var unit = units.create(provinceAdmin, "东区民政局" + suffix, UnitKind.FUNCTIONAL_DEPARTMENT, DONGQU);
        var dept = StaffFixtures.staff(9_900_011L, "dqb" + suffix, unit.id().value(), unit.name(), UnitKind.FUNCTIONAL_DEPARTMENT,
                DONGQU, Role.DEPARTMENT_HANDLER);
        return Long.toString(context.getBean(org.shegong.burden.Admissions.class).apply(dept,
                new org.shegong.burden.Admissions.NewApplication(null, "DQ-MZ-" + suffix.substring(0, Math.min(4, suffix.length())).toUpperCase(java.util.Locale.ROOT),
                        "东区高龄津贴入户核查", "LAWFUL_ASSIST", "老年人权益保障法§33", "每年一次", "区财政保障",
                        "高龄津贴核查表", java.time.LocalDate.now().plusDays(120), null)).application().id().value());
    }

    private String burdenForm() {
        var admin = dongquAdmin();
        return Long.toString(context.getBean(org.shegong.burden.DataForms.class).define(admin,
                new org.shegong.burden.DataForms.NewForm("东区户数统计" + suffix, "2026年", DONGQU_TOWNSHIP, "VILLAGE", null,
                        java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(10), null, 3, java.util.List.of(
                                new org.shegong.burden.DataForms.NewField("households", "户数",
                                        org.shegong.burden.FieldType.INTEGER, true, null, null, null, null, null))))
                .form().id().value());
    }

    private String burdenPlaque() {
        var office = units.create(provinceAdmin, "东区社区居委会" + suffix, UnitKind.VILLAGE_COMMITTEE, DONGQU_VILLAGE);
        var staff = StaffFixtures.staff(9_900_012L, "dqp" + suffix, office.id().value(), office.name(), UnitKind.VILLAGE_COMMITTEE,
                DONGQU_VILLAGE, Role.VILLAGE_STAFF);
        return Long.toString(context.getBean(org.shegong.burden.Plaques.class).hang(staff, null, "OUTSIDE", "东区某协会",
                "东区某局", null).id().value());
    }
}
