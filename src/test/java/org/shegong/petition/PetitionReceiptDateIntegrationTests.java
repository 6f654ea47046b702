package org.shegong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.calendar.Deadline;
import org.shegong.calendar.DeadlineRule;
import org.shegong.calendar.WorkingCalendar;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13 item 8: a letter entered after it arrived keeps the day it was received, and 信访工作条例 §22's 15 days count
 * from that day (rolled past a holiday on the last day, 民法典 §203); a future day, or one further back than allowed
 * without a supervisor, is refused and nothing is registered; the record shows the gap and the statistics count it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PetitionReceiptDateIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UnitManagement units;
    @Autowired WorkingCalendar calendar;
    @Autowired PetitionQueries queries;

    @Test
    void fifteenDaysCountFromALettersReceiptAcrossTheNationalDayHoliday() throws Exception {
        StaffPrincipal province = StaffFixtures.provinceAdmin();
        // received 2026-09-15: day 15 is Wednesday 2026-09-30, a working day
        String marker = "来信反映小区供暖不足" + UUID.randomUUID().toString().substring(0, 6);
        long before = register(province, "2026-09-15", true, marker);
        assertThat(sortDue(before)).isEqualTo(LocalDate.of(2026, 9, 30));
        // the export names what it lists and reads a day limit as its last day at 24:00, not the next day's 00:00
        String csv = mvc.perform(get("/api/v1/petitions/export.csv").param("q", marker).with(as(province)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(",来信,申诉求决,", ",\"玉林街道\",", ",2026-09-30 24:00").doesNotContain("LETTER", "CLAIM",
                "510107005000", "2026-10-01 00:00");
        // received 2026-09-16: day 15 is 2026-10-01, 国庆节; the limit rolls to the first working day after it
        long across = register(province, "2026-09-16", true, "来信反映道路积水");
        LocalDate expected = calendar.apply(DeadlineRule.calendarDays(15), LocalDate.of(2026, 9, 16), "510107005000").date();
        assertThat(expected).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(sortDue(across)).isEqualTo(expected);
        assertThat(jdbc.sql("select receipt_confirmed_by from petition where id = :p").param("p", across).query(String.class)
                .single()).isEqualTo("admin");
    }

    @Test
    void aFutureDayOrAnOldOneWithoutASupervisorIsRefusedAndNothingIsRegistered() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        StaffPrincipal officer = officer(s);
        LocalDate today = LocalDate.now(Deadline.ZONE);
        long count = jdbc.sql("select count(*) from petition").query(Long.class).single();
        for (Object[] c : new Object[][] { { today.plusDays(1), false, "不能晚于今天" }, { today.minusDays(8), false, "须经负责人" },
                { today.minusDays(8), true, "只有负责人" } }) {
            mvc.perform(post("/api/v1/petitions").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                            .content(json("来信" + s, c[0].toString(), (Boolean) c[1])))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("receivedOn"))
                    .andExpect(jsonPath("$.error").value(containsString((String) c[2])))
                    .andExpect(jsonPath("$.errorEn").isNotEmpty());
        }
        assertThat(jdbc.sql("select count(*) from petition").query(Long.class).single()).isEqualTo(count);

        // seven days back is within what the officer may give alone, through the page form as through the API
        mvc.perform(post("/petitions").with(as(officer)).param("channel", "LETTER").param("names", "周阿姨")
                        .param("phones", "13900007" + String.format("%03d", Math.abs(s.hashCode()) % 1000))
                        .param("matter", "来信反映楼道堆物" + s).param("regionCode", "510107005000").param("category", "CLAIM")
                        .param("route", "6").param("receivedOn", today.minusDays(7).toString()))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from petition where matter = :m").param("m", "来信反映楼道堆物" + s).query(Long.class).single();
        assertThat(sortDue(id)).isEqualTo(calendar.apply(DeadlineRule.calendarDays(15), today.minusDays(7), "510107005000").date());
        mvc.perform(get("/petitions/" + id).with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("登记晚于收到 7 日")))
                .andExpect(content().string(containsString(today.minusDays(7).toString())));
        assertThat(queries.statistics(StaffFixtures.provinceAdmin(), today.minusDays(7).getYear()).enteredLate()).isPositive();
        // the export carries the gap in its own column
        String csv = mvc.perform(get("/api/v1/petitions/export.csv").param("q", "来信反映楼道堆物" + s).with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).endsWith(",收到时间,下一期限,登记晚于收到（日）");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).endsWith(",7");
    }

    private StaffPrincipal officer(String s) {
        UnitView bureau = units.create(StaffFixtures.provinceAdmin(), "武侯区信访局" + s, UnitKind.GOVERNMENT, "510107000000");
        return StaffFixtures.staff(17_200 + Math.abs(s.hashCode() % 1000), "xf-receipt-" + s, bureau.id().value(), bureau.name(),
                UnitKind.GOVERNMENT, "510107000000", Role.PETITION_OFFICER);
    }

    private long register(StaffPrincipal who, String receivedOn, boolean confirmed, String matter) throws Exception {
        String body = mvc.perform(post("/api/v1/petitions").with(as(who)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(matter + UUID.randomUUID().toString().substring(0, 6), receivedOn, confirmed)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private static String json(String matter, String receivedOn, boolean confirmed) {
        return """
                {"channel":"LETTER","groupVisit":false,"petitioners":[{"name":"钱先生"}],
                 "matter":"%s","regionCode":"510107005000","category":"CLAIM","route":6,
                 "receivedOn":"%s","receiptConfirmed":%s}
                """.formatted(matter, receivedOn, confirmed);
    }

    private LocalDate sortDue(long petitionId) {
        return jdbc.sql("select due_date from petition_deadline where petition_id = :p and limit_kind = 'SORT'")
                .param("p", petitionId).query(LocalDate.class).single();
    }
}
