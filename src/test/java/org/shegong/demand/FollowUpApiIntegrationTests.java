package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class FollowUpApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemandManagement demands;
    @Autowired
    UnitManagement units;
    @Autowired
    JdbcClient jdbc;

    StaffPrincipal province = StaffFixtures.provinceAdmin();

    @Test
    void theCallBackApiRefusesASecondResultAndARatingPageRefusesAnUnrepliedDemand() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var office = units.create(province, "玉林街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        StaffPrincipal staff = StaffFixtures.staff(800, "api" + s, office.id().value(), office.name(), UnitKind.TOWNSHIP_OFFICE,
                "510107005000", Role.TOWNSHIP_STAFF);
        var replied = demands.submit(new SubmitDemand(DemandKind.HELP, null, Channel.HOTLINE, "SB-02", "老人需要上门助浴服务",
                "13866660001", "赵女士", null, null, null, "510107005001"), province, null);
        demands.dispatch(province, replied.id(), new DemandManagement.Dispatch(office.id().value(), List.of(), "基本履职事项"));
        demands.accept(staff, replied.id());
        demands.reply(staff, replied.id(), "已安排社工每周上门一次");
        var open = demands.submit(new SubmitDemand(DemandKind.HELP, null, Channel.HOTLINE, "SB-02", "独居老人需要助餐",
                "13866660002", "钱先生", null, null, null, "510107005001"), province, null);

        mvc.perform(post("/api/v1/demands/" + replied.id() + "/callback").with(as(province))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reached\":true,\"resolved\":true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("satisfaction"));
        mvc.perform(post("/api/v1/demands/" + replied.id() + "/callback").with(as(province))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reached\":true,\"resolved\":true,\"satisfaction\":\"SATISFIED\",\"comment\":\"很好\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));
        mvc.perform(post("/api/v1/demands/" + replied.id() + "/callback").with(as(province))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reached\":true,\"resolved\":false,\"satisfaction\":\"DISSATISFIED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("callback.result.already"))
                .andExpect(jsonPath("$.errorEn").isNotEmpty());
        mvc.perform(get("/api/v1/demands/" + replied.id() + "/callbacks").with(as(province))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].satisfaction").value("SATISFIED"));

        mvc.perform(post("/public/rate").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("code", open.trackingCode()).param("lastFour", "0002").param("resolved", "true")
                        .param("satisfaction", "SATISFIED"))
                .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString("答复后才能评价")));
        mvc.perform(post("/public/rate").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("code", open.trackingCode()).param("lastFour", "9999").param("resolved", "true")
                        .param("satisfaction", "SATISFIED"))
                .andExpect(status().isNotFound()).andExpect(content().string(org.hamcrest.Matchers.containsString("未找到该诉求")));
        assertThat(jdbc.sql("select count(*) from demand_callback where demand_id = :id").param("id", open.id().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theDuplicateCheckAtIntakeAnswersWithSimilarDemandsAndRefusesAnIncompleteQuery() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        DemandId first = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, "JT-03",
                "棕北小区" + s + "门口红绿灯坏了三天，路口车辆乱行很危险", "13866660011", "孙先生", null, null, null, "510107005009"),
                province, null).id();
        mvc.perform(post("/api/v1/demands/repeats/check").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"categoryCode\":\"JT-03\",\"regionCode\":\"510107005009\",\"matter\":\"棕北小区" + s
                                + "门口的红绿灯坏了，车辆乱行\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.demandId == " + first + ")].similarity").isNotEmpty())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13866660011"))));
        mvc.perform(post("/api/v1/demands/repeats/check").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"categoryCode\":\"JT-03\",\"regionCode\":\"510107005009\",\"matter\":\" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("matter"));
        mvc.perform(get("/demands/" + first + "/follow-up").with(as(province))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("疑似重复诉求")));
    }
}
