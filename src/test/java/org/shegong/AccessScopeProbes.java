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
    static final String DONGQU_VILLAGE = "510402001001";

    private final MockMvc mvc;
    private final UnitManagement units;
    private final AccountManagement accounts;
    private final StaffPrincipal provinceAdmin;
    private final org.shegong.notify.Inbox inbox;
    private final String suffix;
    private final Map<String, Supplier<String>> byPathPrefix = new LinkedHashMap<>();
    private final Map<String, String> made = new java.util.HashMap<>();

    AccessScopeProbes(MockMvc mvc, UnitManagement units, AccountManagement accounts, org.shegong.notify.Inbox inbox,
            StaffPrincipal provinceAdmin, String suffix) {
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
    }

    /** The id of a record outside the caller's scope for a route's path, if this class knows its kind. */
    Optional<String> outsideScopeOf(String path) {
        return byPathPrefix.entrySet().stream().filter(e -> path.startsWith(e.getKey())).findFirst()
                .map(e -> e.getValue().get());
    }

    private String once(String kind, Supplier<String> make) {
        return made.computeIfAbsent(kind, k -> make.get());
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
        try {
            String out = mvc.perform(post(path).with(StaffFixtures.as(provinceAdmin)).contentType(MediaType.APPLICATION_JSON)
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
