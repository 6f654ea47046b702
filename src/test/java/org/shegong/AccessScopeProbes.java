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
        byPathPrefix.put("/petitions/", () -> once("petition", this::petition));
        byPathPrefix.put("/api/v1/petitions/", () -> once("petition", this::petition));
        byPathPrefix.put("/volunteering/organizations/", () -> once("volunteer-organization", this::volunteerOrganization));
        byPathPrefix.put("/api/v1/volunteering/organizations/", () -> once("volunteer-organization", this::volunteerOrganization));
        byPathPrefix.put("/volunteering/activities/", () -> once("activity", () -> activity()[0]));
        byPathPrefix.put("/api/v1/volunteering/activities/", () -> once("activity", () -> activity()[0]));
        byPathPrefix.put("/volunteering/shifts/", () -> once("shift", () -> activity()[1]));
        byPathPrefix.put("/api/v1/volunteering/shifts/", () -> once("shift", () -> activity()[1]));
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
        byPathPrefix.put("/suggestions/", () -> once("suggestion", this::suggestion));
        byPathPrefix.put("/api/v1/suggestions/", () -> once("suggestion", this::suggestion));
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
        return Long.toString(dongquUnit().id());
    }

    private String account() {
        var unit = dongquUnit();
        return Long.toString(accounts.create(provinceAdmin, new NewAccount("dq" + suffix, "东区账号", unit.id(),
                Set.of(Role.HOTLINE_OPERATOR), "Outside#Scope2026", null, null)).id());
    }

    private StaffPrincipal dongquOrganizer;
    private String[] activityAndShift;

    private String volunteerOrganization() {
        var office = units.create(provinceAdmin, "东区街道志愿服务" + suffix, UnitKind.TOWNSHIP_OFFICE, DONGQU_TOWNSHIP);
        dongquOrganizer = StaffFixtures.staff(9_900_001L, "dqv" + suffix, office.id(), office.name(), UnitKind.TOWNSHIP_OFFICE,
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
            activityAndShift = new String[] { Long.toString(a.id()), Long.toString(a.shifts().get(0).id()) };
        }
        return activityAndShift;
    }

    private String[] carePersonVisitNeed;

    /** A registered person in 东区 with one visit (with a photo) and one need. */
    private String[] carePerson() {
        if (carePersonVisitNeed == null) {
            var office = units.create(provinceAdmin, "东区街道关爱" + suffix, UnitKind.TOWNSHIP_OFFICE, DONGQU_TOWNSHIP);
            StaffPrincipal dongquStaff = StaffFixtures.staff(9_900_002L, "dqc" + suffix, office.id(), office.name(),
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
            carePersonVisitNeed = new String[] { Long.toString(person.id()), Long.toString(visit), Long.toString(need) };
        }
        return carePersonVisitNeed;
    }

    private String notice() {
        return Long.toString(inbox.post(dongquUnit().id(), "matrix", "范围外消息", "Out-of-scope notice", "/notices").id());
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
        return StaffFixtures.staff(9901, "dq-admin" + suffix, unit.id(), unit.name(), UnitKind.GOVERNMENT, DONGQU,
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
                .formatted(org.shegong.partybuilding.PartyBuildingFixtures.creditCode(DONGQU), suffix, dongquUnit().id(),
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
}
