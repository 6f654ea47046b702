package org.shegong.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 一屏统览: figures from the summary, drilled inside the leader's scope only, with every module's tile. */
@SpringBootTest
@AutoConfigureMockMvc
class OverviewIntegrationTests {

    // 阿坝州九寨沟县南坪镇: no other test files demands there
    static final String COUNTY = "513225000000";
    static final String TOWNSHIP = "513225102000";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Overview overview;
    @Autowired
    Clock clock;

    StaffPrincipal countyLeader = StaffFixtures.staff(170_001, "jzg-leader", 170_001, "九寨沟县委社会工作部",
            UnitKind.SOCIAL_WORK_DEPARTMENT, COUNTY, Role.COUNTY_ADMIN);

    @Test
    void aCountyLeaderSeesTheCountysFiguresDrillsToATownshipAndNeverOutsideTheCounty() throws Exception {
        YearMonth month = YearMonth.now(clock.withZone(Overview.ZONE));
        Timestamp at = Timestamp.from(clock.instant());
        for (int i = 1; i <= 3; i++) {
            long id = 9_170_000L + i;
            jdbc.sql("""
                    insert into insight_demand (demand_id, region_code, category_code, month, received_at)
                    values (:id, :region, 'HJ-01', :month, :at) on conflict do nothing""")
                    .param("id", id).param("region", "513225102001").param("month", Date.valueOf(month.atDay(1)))
                    .param("at", at).update();
            // three work orders: two accepted on time; two called back, one of them resolved and satisfied
            jdbc.sql("""
                    insert into insight_order (demand_id, unit_id, role, region_code, category_code, month, dispatched_at,
                      accepted_on_time, reached, resolved, satisfaction)
                    values (:id, 170001, 'LEAD', '513225102001', 'HJ-01', :month, :at, :onTime, :reached, :resolved, :sat)
                    on conflict do nothing""")
                    .param("id", id).param("month", Date.valueOf(month.atDay(1))).param("at", at)
                    .param("onTime", i != 3).param("reached", i != 3).param("resolved", i == 1)
                    .param("sat", i == 1 ? "SATISFIED" : i == 2 ? "DISSATISFIED" : null).update();
        }
        overview.refresh(month);

        String county = mvc.perform(get("/overview").with(as(countyLeader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("九寨沟县")))
                .andExpect(content().string(containsString("南坪镇")))
                .andExpect(content().string(not(containsString("??"))))
                .andReturn().getResponse().getContentAsString();
        // the township's row links one level down and carries its count
        assertThat(county).containsPattern("data-area=\"" + TOWNSHIP + "\">\\s*<td><a href=\"/overview\\?region=" + TOWNSHIP
                + "\">南坪镇</a>\\s*</td>\\s*<td class=\"num\">3</td>\\s*<td class=\"num\">66.7%</td>");

        String township = mvc.perform(get("/overview").param("region", TOWNSHIP).with(as(countyLeader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(township).contains("南坪镇").contains("66.7%") // response: 2 of 3 on time
                .contains("50.0%") // resolution: 1 of 2 reached
                .contains("噪声扰民"); // the category by its name, not HJ-01
        assertThat(township).doesNotContain(">HJ-01<");
        // the way back up stops at the leader's own county
        assertThat(township).contains("href=\"/overview?region=" + COUNTY + "\"").doesNotContain("四川省</a>");

        mvc.perform(get("/overview").param("region", "510100000000").with(as(countyLeader))).andExpect(status().isNotFound());
        mvc.perform(get("/overview").param("region", "510000000000").with(as(countyLeader))).andExpect(status().isNotFound());
        mvc.perform(get("/overview").param("region", "51x").with(as(countyLeader))).andExpect(status().isBadRequest());
    }

    @Test
    void theProvinceSeesEveryModulesTileAndTownshipStaffAreRefused() throws Exception {
        mvc.perform(get("/overview").with(as(StaffFixtures.provinceAdmin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-tile=\"demand.overview.title\"")))
                .andExpect(content().string(containsString("data-tile=\"petition.overview.title\"")))
                .andExpect(content().string(containsString("data-tile=\"suggestion.overview.title\"")))
                .andExpect(content().string(containsString("data-tile=\"volunteer.overview.title\"")))
                .andExpect(content().string(containsString("成都市")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/overview").with(as(StaffFixtures.townshipStaff(170_002, 170_002, "510107005000"))))
                .andExpect(status().isForbidden());
    }
}
