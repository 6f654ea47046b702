package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class Open311IntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemandManagement demands;
    @Autowired
    UnitManagement units;

    private static MockHttpServletRequestBuilder create(String format, String apiKey) {
        return create(format, apiKey, "13512349876");
    }

    private static MockHttpServletRequestBuilder create(String format, String apiKey, String phone) {
        var req = post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("service_code", "ZF-01").param("description", "小区电梯长期故障，物业不维修")
                .param("address_string", "成都市武侯区玉林街道玉林北路1号").param("phone", phone)
                .param("last_name", "张").param("first_name", "先生");
        return apiKey == null ? req : req.param("api_key", apiKey);
    }

    @Test
    void discoveryAndServicesArePublicInJsonAndXml() throws Exception {
        mvc.perform(get("/open311/v2/discovery.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"));
        mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.service_code == 'ZF-01')].service_name").value("物业服务"))
                .andExpect(jsonPath("$[?(@.service_code == 'ZF-01')].group").value("住房/物业"))
                .andExpect(jsonPath("$[?(@.service_code == 'ZF-01')].metadata").value(false))
                .andExpect(jsonPath("$[?(@.service_code == 'ZF')]").isEmpty());
        mvc.perform(get("/open311/v2/services.xml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
                .andExpect(xpath("/services/service[service_code='HJ-01']/service_name").string("噪声扰民"));
        mvc.perform(get("/open311/v2/services/ZF-01.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.service_code").value("ZF-01"));
        mvc.perform(get("/open311/v2/services/NO-99.json")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
        mvc.perform(get("/open311/v2/services/NO-99.xml")).andExpect(status().isNotFound())
                .andExpect(xpath("/errors/error/code").string("404"));
    }

    @Test
    void postingNeedsAValidApiKeyAndAnswersTheServiceRequestId() throws Exception {
        mvc.perform(create("json", null)).andExpect(status().isForbidden()).andExpect(jsonPath("$[0].code").value(403));
        mvc.perform(create("json", "wrong-key")).andExpect(status().isForbidden());
        String out = mvc.perform(create("json", "test-partner-key-1")).andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].service_request_id").isNotEmpty())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = out.replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
        var view = demands.findByTrackingCode(id).orElseThrow();
        assertThat(view.channel()).isEqualTo(Channel.PARTNER);
        assertThat(view.regionCode()).isEqualTo("510107005000");
        assertThat(view.contactName()).isEqualTo("张先生");

        mvc.perform(create("xml", "test-partner-key-2")).andExpect(status().isCreated())
                .andExpect(xpath("/service_requests/request/service_request_id").exists());
    }

    @Test
    void badRequestsAnswerWithTheSpecificationsErrorFormat() throws Exception {
        mvc.perform(create("json", "test-partner-key-1", "12345")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.startsWith("phone")));
        mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("api_key", "test-partner-key-1").param("description", "无分类").param("phone", "13512349876")
                        .param("address_string", "成都市武侯区"))
                // a description of three characters says too little to suggest a category from
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.startsWith("service_code is required")));
        mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("api_key", "test-partner-key-1").param("service_code", "ZF-01").param("description", "无地点")
                        .param("phone", "13512349876"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/open311/v2/requests/SC000000NOPE00.json").param("api_key", "test-partner-key-1"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$[0].code").value(404));
    }

    @Test
    void aRequestShowsItsStatusAndTheResponsibleAgencyOnceDispatched() throws Exception {
        String out = mvc.perform(create("json", "test-partner-key-1")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = out.replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/open311/v2/requests/" + id + ".json").param("api_key", "test-partner-key-1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].status").value("open"))
                .andExpect(jsonPath("$[0].agency_responsible").doesNotExist())
                .andExpect(jsonPath("$[0].service_name").value("物业服务"));
        mvc.perform(get("/open311/v2/requests/" + id + ".json")).andExpect(status().isForbidden());

        String s = UUID.randomUUID().toString().substring(0, 6);
        var office = units.create(StaffFixtures.provinceAdmin(), "玉林街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        DemandId demandId = demands.findByTrackingCode(id).orElseThrow().id();
        demands.dispatch(StaffFixtures.provinceAdmin(), demandId, new DemandManagement.Dispatch(office.id().value(), List.of(), "基本履职事项"));
        mvc.perform(get("/open311/v2/requests.xml").param("api_key", "test-partner-key-1").param("service_request_id", id))
                .andExpect(status().isOk())
                .andExpect(xpath("/service_requests/request/agency_responsible").string(office.name()))
                .andExpect(xpath("/service_requests/request/status").string("open"));
        mvc.perform(get("/open311/v2/requests.json").param("api_key", "test-partner-key-1").param("status", "closed")
                        .param("service_code", "ZF-01"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.service_request_id == '" + id + "')]").isEmpty());
        mvc.perform(get("/open311/v2/requests.json").param("api_key", "test-partner-key-1").param("status", "pending"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anIssuedKeyWorksUntilRevoked() throws Exception {
        String name = "成都市民小程序" + UUID.randomUUID().toString().substring(0, 4);
        String out = mvc.perform(post("/api/v1/open311/keys").with(as(StaffFixtures.provinceAdmin()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String key = out.replaceAll(".*\"apiKey\":\"([^\"]+)\".*", "$1");
        mvc.perform(create("json", key)).andExpect(status().isCreated());
        mvc.perform(post("/admin/open311/revoke").with(as(StaffFixtures.provinceAdmin())).param("name", name))
                .andExpect(status().is3xxRedirection());
        mvc.perform(create("json", key)).andExpect(status().isForbidden());
    }

    private String issue(String name) throws Exception {
        String out = mvc.perform(post("/api/v1/open311/keys").with(as(StaffFixtures.provinceAdmin()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return out.replaceAll(".*\"apiKey\":\"([^\"]+)\".*", "$1");
    }

    private String submitAs(String key, String category, String description, String... place) throws Exception {
        var req = post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", key)
                .param("service_code", category).param("description", description).param("phone", "13512340000")
                .param("last_name", "赵").param("first_name", "女士");
        for (int i = 0; i < place.length; i += 2) {
            req = req.param(place[i], place[i + 1]);
        }
        String out = mvc.perform(req).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return out.replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
    }

    private void publish(String category, boolean open) throws Exception {
        mvc.perform(put("/api/v1/open311/categories/" + category).with(as(StaffFixtures.provinceAdmin()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"open\":" + open + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.open").value(open));
    }

    @Test
    void aPartnerReadsItsOwnRequestsInFullAndNoOtherPartnersUnlessTheCategoryIsPublic() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String mine = issue("小程序甲" + tag);
        String theirs = issue("小程序乙" + tag);
        String code = submitAs(mine, "JT-02", "出租车拒载，身份证号510107199001011234，家住玉林北路1号3单元",
                "lat", "30.632", "long", "104.063");
        mvc.perform(get("/open311/v2/requests/" + code + ".json").param("api_key", mine)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.containsString("510107199001011234")))
                .andExpect(jsonPath("$[0].lat").value(30.632));
        // not public: another partner learns nothing, not even that it exists
        mvc.perform(get("/open311/v2/requests/" + code + ".json").param("api_key", theirs)).andExpect(status().isNotFound());
        mvc.perform(get("/open311/v2/requests.json").param("api_key", theirs).param("service_request_id", code))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/open311/v2/requests.json").param("api_key", theirs).param("service_code", "JT-02"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.service_request_id == '" + code + "')]").isEmpty());
        mvc.perform(get("/open311/v2/requests.json").param("api_key", mine).param("service_code", "JT-02"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.service_request_id == '" + code + "')]").isNotEmpty());

        publish("JT-02", true);
        try {
            String grid = demands.findByTrackingCode(code).orElseThrow().regionCode();
            assertThat(grid).hasSize(15);
            // public: the status and the community only — no description, reply, contact or point
            mvc.perform(get("/open311/v2/requests/" + code + ".json").param("api_key", theirs)).andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].status").value("open"))
                    .andExpect(jsonPath("$[0].description").doesNotExist())
                    .andExpect(jsonPath("$[0].status_notes").doesNotExist())
                    .andExpect(jsonPath("$[0].lat").doesNotExist()).andExpect(jsonPath("$[0].long").doesNotExist())
                    .andExpect(jsonPath("$[0].address_id").value(grid.substring(0, 12)))
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("510107199001011234"))))
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("玉林北路1号"))))
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("赵女士"))));
            mvc.perform(get("/open311/v2/requests.xml").param("api_key", theirs).param("service_code", "JT-02"))
                    .andExpect(status().isOk())
                    .andExpect(xpath("/service_requests/request[service_request_id='" + code + "']/address_id")
                            .string(grid.substring(0, 12)))
                    .andExpect(xpath("/service_requests/request[service_request_id='" + code + "']/description").string(""));

            // excluded (here: private matters) — never shown to another partner, public category or not
            DemandId id = demands.findByTrackingCode(code).orElseThrow().id();
            demands.exclude(StaffFixtures.provinceAdmin(), id, Exclusion.SECRET_OR_PRIVATE, "涉及个人隐私，不予公开派单");
            mvc.perform(get("/open311/v2/requests/" + code + ".json").param("api_key", theirs))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/open311/v2/requests.json").param("api_key", theirs).param("service_code", "JT-02"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.service_request_id == '" + code + "')]").isEmpty());
            mvc.perform(get("/open311/v2/requests/" + code + ".json").param("api_key", mine)).andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].status").value("closed"));
        } finally {
            publish("JT-02", false);
        }
    }

    @Test
    void onlyAProvinceAdministratorOpensACategoryAndAnUnknownCategoryIsRefused() throws Exception {
        var city = StaffFixtures.staff(40, "chengdu-admin", 40, "成都市委社会工作部", UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510100000000", org.shegong.Role.CITY_ADMIN);
        mvc.perform(put("/api/v1/open311/categories/HJ-01").with(as(city)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"open\":true}")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/open311/categories/HJ-01").with(as(city)).param("open", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/open311/categories/NO-99").with(as(StaffFixtures.provinceAdmin()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"open\":true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("categoryCode"))
                .andExpect(jsonPath("$.errorEn").isNotEmpty());
        // the page shows the toggle to the province, the list without it to a city administrator
        String forCity = mvc.perform(get("/admin/open311").with(as(city))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(forCity).contains("open311-public-HJ-01").doesNotContain("/admin/open311/categories/HJ-01");
        mvc.perform(post("/admin/open311/categories/HJ-03").with(as(StaffFixtures.provinceAdmin())).param("open", "true"))
                .andExpect(status().is3xxRedirection());
        try {
            String forProvince = mvc.perform(get("/admin/open311").with(as(StaffFixtures.provinceAdmin())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(forProvince).contains("/admin/open311/categories/HJ-03");
            mvc.perform(get("/api/v1/open311/categories").with(as(city))).andExpect(status().isOk())
                    .andExpect(jsonPath("$").value(org.hamcrest.Matchers.hasItem("HJ-03")));
        } finally {
            publish("HJ-03", false);
        }
    }

    @Test
    void aPartnersIdempotencyKeyIsItsOwn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String a = issue("合作方甲" + tag);
        String b = issue("合作方乙" + tag);
        String key = "retry-" + tag;
        String first = mvc.perform(create("json", a).header("Idempotency-Key", key)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String again = mvc.perform(create("json", a).header("Idempotency-Key", key)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String other = mvc.perform(create("json", b).header("Idempotency-Key", key)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String code = first.replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
        assertThat(again).contains(code);
        assertThat(other).doesNotContain(code);
    }

    @Test
    void aPartnerMayLeaveTheCategoryToTheHotlineAndGetsTheOneSuggestedFromTheText() throws Exception {
        String key = issue("小程序丙" + java.util.UUID.randomUUID().toString().substring(0, 6));
        String id = submitAs(key, "", "楼上邻居天天半夜跺脚，吵得睡不着", "address_string", "成都市武侯区簇锦街道顺和社区");
        mvc.perform(get("/open311/v2/requests/" + id + ".json").param("api_key", key)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_code").value("HJ-01"));
        // with neither a category nor a text to suggest one from, the partner is told what is missing
        mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", key)
                        .param("phone", "13512340000").param("address_string", "成都市武侯区簇锦街道顺和社区"))
                .andExpect(status().isBadRequest());
    }
}
