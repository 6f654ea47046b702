package org.shegong.demand;

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
import java.sql.Timestamp;
import java.time.Instant;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13 item 8 for 接诉即办: a demand received by letter keeps the day it arrived and its dispatch limit counts from
 * that day; only a letter or walk-in may carry a day, never a future one, nor an old one without a supervisor.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemandReceiptDateIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired WorkingCalendar calendar;

    final StaffPrincipal operator = StaffFixtures.staff(17_300, "op-receipt", 17_300, "武侯区12345热线",
            UnitKind.GOVERNMENT, "510107000000", Role.HOTLINE_OPERATOR);

    @Test
    void aLettersDispatchLimitCountsFromTheDayItArrivedAcrossTheNationalDayHoliday() throws Exception {
        // SC-02 (test configuration): dispatch within 40 working days; received 2026-09-16, before 国庆 (10-01 to 10-07)
        long id = submit(StaffFixtures.provinceAdmin(), "SC-02", "LETTER", "2026-09-16", true, 201);
        Instant expected = calendar.apply(DeadlineRule.workingDays(40), LocalDate.of(2026, 9, 16), "510107005002").dueAt();
        assertThat(column(id, "dispatch_by")).isEqualTo(expected);
        assertThat(column(id, "received_at")).isEqualTo(LocalDate.of(2026, 9, 16).atStartOfDay(Deadline.ZONE).toInstant());
        // counted over the holiday: 40 working days from 09-16 reach past 40 + 5 calendar weeks' weekends and 国庆's rest days
        assertThat(expected.atZone(Deadline.ZONE).toLocalDate()).isAfter(LocalDate.of(2026, 9, 16).plusDays(56));
        mvc.perform(get("/demands/" + id).with(as(StaffFixtures.provinceAdmin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("登记晚于收到")))
                .andExpect(content().string(containsString("2026-09-16")));
    }

    @Test
    void onlyALetterOrWalkInMayCarryADayAndNeverAFutureOrUnconfirmedOldOne() throws Exception {
        LocalDate today = LocalDate.now(Deadline.ZONE);
        long before = jdbc.sql("select count(*) from demand").query(Long.class).single();
        submit(operator, "CJ-01", "HOTLINE", today.minusDays(1).toString(), false, 400);
        submit(operator, "CJ-01", "LETTER", today.plusDays(1).toString(), false, 400);
        submit(operator, "CJ-01", "LETTER", today.minusDays(8).toString(), false, 400);
        submit(operator, "CJ-01", "LETTER", today.minusDays(8).toString(), true, 400);
        assertThat(jdbc.sql("select count(*) from demand").query(Long.class).single()).isEqualTo(before);

        // the page form takes the same fields to the same method: a walk-in three days ago
        String matter = "来访反映路灯不亮" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/demands").with(as(operator)).param("kind", "COMPLAINT").param("channel", "WALK_IN")
                        .param("categoryCode", "CJ-01").param("matter", matter).param("phone", "13977001234")
                        .param("regionCode", "510107005002").param("receivedOn", today.minusDays(3).toString()))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from demand where matter = :m").param("m", matter).query(Long.class).single();
        assertThat(column(id, "received_at")).isEqualTo(today.minusDays(3).atStartOfDay(Deadline.ZONE).toInstant());
        // ORDINARY: dispatch within 24 hours of receipt, not of entry
        assertThat(column(id, "dispatch_by")).isEqualTo(today.minusDays(2).atStartOfDay(Deadline.ZONE).toInstant());
    }

    private long submit(StaffPrincipal who, String category, String channel, String receivedOn, boolean confirmed, int expect)
            throws Exception {
        var result = mvc.perform(post("/api/v1/demands").with(as(who)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"COMPLAINT","channel":"%s","categoryCode":"%s","matter":"来信反映问题%s","phone":"13977000001",
                         "regionCode":"510107005002","receivedOn":"%s","receiptConfirmed":%s}
                        """.formatted(channel, category, UUID.randomUUID(), receivedOn, confirmed)))
                .andExpect(status().is(expect));
        if (expect != 201) {
            result.andExpect(jsonPath("$.field").value("receivedOn")).andExpect(jsonPath("$.errorEn").isNotEmpty());
            return -1;
        }
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id"))
                .longValue();
    }

    private Instant column(long id, String column) {
        return jdbc.sql("select " + column + " from demand where id = :id").param("id", id).query(Timestamp.class).single()
                .toInstant();
    }
}
