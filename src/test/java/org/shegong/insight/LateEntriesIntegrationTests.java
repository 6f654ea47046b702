package org.shegong.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.shegong.demand.DemandId;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.calendar.Deadline;
import org.shegong.demand.DemandManagement;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13 item 8 (decision 0006) in the demand statistics: letters and walk-ins entered on a later day than received
 * are counted with their average gap on the rankings page and in its Excel export (a summary line, and per unit the
 * demands dispatched to it that had been entered late). Demands in 冕宁县, which no other test uses.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LateEntriesIntegrationTests {

    static final String MIANNING = "513433000000";
    static final String VILLAGE = "513433101001";

    @Autowired MockMvc mvc;
    @Autowired Rankings rankings;
    @Autowired UnitManagement units;
    @Autowired DemandManagement demands;

    @Test
    void countsDemandsEnteredAfterTheDayReceivedWithTheirAverageGap() throws Exception {
        StaffPrincipal supervisor = StaffFixtures.provinceAdmin();
        LocalDate today = LocalDate.now(Deadline.ZONE);
        YearMonth previous = YearMonth.from(today).minusMonths(1);
        LocalDate first = previous.atDay(10);
        LocalDate second = previous.atDay(20);
        // two letters of last month entered today (a supervisor confirms the old days), one letter entered the day it came
        long a = submit(supervisor, "LETTER", first.toString());
        submit(supervisor, "WALK_IN", second.toString());
        submit(supervisor, "LETTER", today.toString());
        long gapA = ChronoUnit.DAYS.between(first, today);
        long gapB = ChronoUnit.DAYS.between(second, today);
        double average = Math.round((gapA + gapB) / 2.0 * 10) / 10.0;

        Scope county = Scope.of(RegionCode.of(MIANNING));
        assertThat(rankings.lateEntries(county, previous)).isEqualTo(new LateEntries(2, average));
        assertThat(rankings.lateEntries(county, YearMonth.from(today))).isEqualTo(new LateEntries(0, 0));

        StaffPrincipal countyAdmin = StaffFixtures.staff(17_433, "mn-admin", 17_433, "冕宁县社会工作部",
                UnitKind.SOCIAL_WORK_DEPARTMENT, MIANNING, Role.COUNTY_ADMIN);
        String zh = mvc.perform(get("/insight/rankings").param("month", previous.toString()).with(as(countyAdmin))
                        .locale(java.util.Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String shown = java.text.NumberFormat.getInstance(java.util.Locale.SIMPLIFIED_CHINESE).format(average);
        assertThat(zh).contains("补录（晚于收到日登记）2 件，平均间隔 " + shown + " 天");
        String en = mvc.perform(get("/insight/rankings").param("month", previous.toString()).with(as(countyAdmin))
                        .cookie(new jakarta.servlet.http.Cookie("SHEGONG_LANG", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("2 were entered after the day received", "on average " + shown + " days later");

        // dispatched today to a unit of the county: its row in this month's workbook counts the one entered late
        UnitView office = units.create(supervisor, "漫水湾镇人民政府" + UUID.randomUUID().toString().substring(0, 6),
                UnitKind.TOWNSHIP_OFFICE, "513433101000");
        demands.dispatch(supervisor, new DemandId(a), new DemandManagement.Dispatch(office.id().value(), List.of(), "属地办理"));
        // the read model follows the dispatch after commit, on its own thread: the row appears within seconds
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).pollInterval(java.time.Duration.ofMillis(100))
                .untilAsserted(() -> {
                    byte[] xlsx = mvc.perform(get("/insight/rankings.xlsx").param("month", YearMonth.from(today).toString())
                                    .with(as(countyAdmin)).locale(java.util.Locale.SIMPLIFIED_CHINESE))
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                    try (var book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
                        Sheet sheet = book.getSheetAt(0);
                        assertThat(sheet.getRow(0).getCell(15).getStringCellValue()).isEqualTo("其中补录");
                        Row unit = null;
                        for (Row r : sheet) {
                            if (r.getCell(1) != null && office.name().equals(r.getCell(1).getStringCellValue())) {
                                unit = r;
                            }
                        }
                        assertThat(unit).as("the unit's row").isNotNull();
                        assertThat(unit.getCell(2).getStringCellValue()).as("region by name").isEqualTo("凉山彝族自治州冕宁县漫水湾镇");
                        assertThat(unit.getCell(15).getNumericCellValue()).isEqualTo(1.0);
                        assertThat(firstColumn(sheet)).contains("补录 0 件，平均间隔 0.0 天");
                    }
                });
        byte[] last = mvc.perform(get("/insight/rankings.xlsx").param("month", previous.toString()).with(as(countyAdmin))
                        .locale(java.util.Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(last))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(firstColumn(sheet)).contains("补录 2 件，平均间隔 " + average + " 天");
        }
    }

    private static List<String> firstColumn(Sheet sheet) {
        List<String> out = new java.util.ArrayList<>();
        for (Row r : sheet) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                out.add(r.getCell(0).getStringCellValue());
            }
        }
        return out;
    }

    private long submit(StaffPrincipal who, String channel, String receivedOn) throws Exception {
        String body = mvc.perform(post("/api/v1/demands").with(as(who)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"COMPLAINT","channel":"%s","categoryCode":"CJ-01","matter":"冕宁来信反映路灯不亮%s","phone":"13977004321",
                         "regionCode":"%s","receivedOn":"%s","receiptConfirmed":true}
                        """.formatted(channel, UUID.randomUUID(), VILLAGE, receivedOn)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }
}
