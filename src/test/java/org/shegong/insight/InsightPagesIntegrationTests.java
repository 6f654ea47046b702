package org.shegong.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class InsightPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    StaffPrincipal province = StaffFixtures.provinceAdmin();
    StaffPrincipal township = StaffFixtures.staff(500, "tw-pages", 999_001, "玉林街道办事处", UnitKind.TOWNSHIP_OFFICE,
            "510107005000", Role.TOWNSHIP_STAFF);

    @Test
    void everyInsightAndFollowUpPageRendersForItsRoles() throws Exception {
        for (String page : new String[] { "/insight/rankings", "/insight/rankings?month=2026-03", "/insight/hotspots",
                "/insight/appeals", "/insight/weights", "/demands/callbacks", "/demands/reopens" }) {
            mvc.perform(get(page).with(as(province))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("??"))));
        }
        mvc.perform(get("/insight/appeals").with(as(township))).andExpect(status().isOk());
        mvc.perform(get("/insight/rankings/units/" + township.unitId().value()).with(as(township))).andExpect(status().isOk());
        mvc.perform(get("/public/rate")).andExpect(status().isOk());
    }

    @Test
    void onlySupervisorsSeeRankingsAndOnlyTheProvinceSetsWeights() throws Exception {
        mvc.perform(get("/insight/rankings").with(as(township))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insight/rankings").with(as(township))).andExpect(status().isForbidden());
        StaffPrincipal county = StaffFixtures.countyAdmin(501, 999_002);
        mvc.perform(put("/api/v1/insight/weights").with(as(county)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"response\":20,\"resolution\":40,\"satisfaction\":40,\"basicCredit\":80,\"minSample\":5}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void weightsNotSummingToOneHundredGetABilingualErrorAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from insight_weights").query(Long.class).single();
        mvc.perform(put("/api/v1/insight/weights").with(as(province)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"response\":30,\"resolution\":40,\"satisfaction\":40,\"basicCredit\":80,\"minSample\":5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("response"))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("100%")))
                .andExpect(jsonPath("$.errorEn").isNotEmpty());
        mvc.perform(post("/insight/weights").with(as(province)).param("response", "50").param("resolution", "50")
                        .param("satisfaction", "50").param("basicCredit", "80").param("minSample", "5"))
                .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString("150%")));
        assertThat(jdbc.sql("select count(*) from insight_weights").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anAppealWithoutAReasonIsRefused() throws Exception {
        mvc.perform(post("/api/v1/insight/appeals").with(as(township)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"demandId\":1,\"reason\":\"\",\"evidence\":\"照片\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
    }

    @Test
    void theRankingExportsAsAnExcelWorkbook() throws Exception {
        byte[] xlsx = mvc.perform(get("/insight/rankings.xlsx").param("month", "2026-03").with(as(province)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("2026-03");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("排名");
        }
    }

    @Test
    void aMalformedMonthIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/insight/rankings").param("month", "2026-13").with(as(province)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("month"));
    }
}
