package org.shegong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.identity.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CalendarIntegrationTests {

    /** Stands in for a module that stores provisional deadlines and listens for their recomputation. */
    @TestConfiguration
    static class DeadlineOwner {
        final List<ProvisionalDeadlineRecomputed> received = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(ProvisionalDeadlineRecomputed event) {
            received.add(event);
        }

        @Bean
        DeadlineOwner deadlineOwner() {
            return this;
        }
    }

    @Autowired MockMvc mvc;
    @Autowired CalendarManagement management;
    @Autowired WorkingCalendar calendar;
    @Autowired ProvisionalDeadlines provisionalDeadlines;
    @Autowired ScheduleRefresher refresher;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    @AfterEach
    void forget2027() {
        jdbc.sql("DELETE FROM calendar_day WHERE year >= 2027 OR region_code IS NOT NULL").update();
        jdbc.sql("DELETE FROM calendar_year WHERE year >= 2027").update();
        jdbc.sql("DELETE FROM calendar_provisional_deadline").update();
        refresher.refresh();
    }

    @Test
    void seededOfficialSchedulesAreReadBackFromTheDatabase() {
        for (int year : List.of(2025, 2026)) {
            CalendarYear stored = management.year(year);
            assertThat(stored.status()).isEqualTo(YearStatus.OFFICIAL);
            assertThat(stored.source()).contains(year + "年部分节假日安排");
            assertThat(Set.copyOf(stored.days())).isEqualTo(CalendarFixtures.seeded().stream()
                    .filter(d -> d.date().getYear() == year).collect(Collectors.toSet()));
        }
        assertThat(management.year(2027).status()).isEqualTo(YearStatus.PROVISIONAL);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
    }

    @Test
    void deadlineApiCountsWorkingDaysOverNationalDay() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-09-30").param("workingDays", "3").with(as(StaffFixtures.townshipStaff(70, 70, "510107012000"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2026-10-10"))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.explanation").value(
                        "自2026-09-30起3个工作日（不含起算日；10/1–10/7国庆节放假，10/10调休上班），截止2026-10-10 24:00"))
                .andExpect(jsonPath("$.explanationEn").exists());
    }

    @Test
    void deadlineApiRollsCalendarDaysOverAndMarksProvisionalYears() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-09-03").param("calendarDays", "30").with(as(StaffFixtures.townshipStaff(70, 70, "510107012000"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2026-10-08"))
                .andExpect(jsonPath("$.explanation").value(org.hamcrest.Matchers.containsString("顺延至2026-10-08")));
        mvc.perform(get("/api/v1/calendar/deadline").param("from", "2026-12-28").param("workingDays", "5").with(as(StaffFixtures.townshipStaff(70, 70, "510107012000"))))
                .andExpect(jsonPath("$.deadline").value("2027-01-05"))
                .andExpect(jsonPath("$.provisional").value(true))
                .andExpect(jsonPath("$.explanation").value(org.hamcrest.Matchers.containsString("2027年放假安排尚未公布")));
    }

    @Test
    void deadlineApiRefusesBadInput() throws Exception {
        expectInvalid(clerkGet("/api/v1/calendar/deadline").param("from", "2026-13-01").param("workingDays", "3"), "calendar.date.malformed");
        expectInvalid(clerkGet("/api/v1/calendar/deadline").param("from", "2026-09-30"), "calendar.deadline.ruleRequired");
        expectInvalid(clerkGet("/api/v1/calendar/deadline").param("from", "2026-09-30").param("workingDays", "3").param("calendarDays", "3"),
                "calendar.deadline.ruleRequired");
        expectInvalid(clerkGet("/api/v1/calendar/deadline").param("from", "2026-09-30").param("workingDays", "3651"),
                "calendar.deadline.amountOutOfRange");
        expectInvalid(clerkGet("/api/v1/calendar/deadline").param("from", "2026-09-30").param("workingDays", "-1"),
                "calendar.deadline.amountOutOfRange");
        expectInvalid(clerkGet("/api/v1/calendar/deadline").param("from", "2026-09-30").param("workingDays", "x"),
                "calendar.deadline.amountMalformed");
        expectInvalid(clerkGet("/api/v1/calendar/deadline").param("from", "2026-09-30").param("workingDays", "3").param("region", "51"),
                "calendar.region.malformed");
    }

    @Test
    void yearsApiListsOfficialAndProvisionalYears() throws Exception {
        mvc.perform(get("/api/v1/calendar/years").with(as(StaffFixtures.townshipStaff(70, 70, "510107012000"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.year == 2026)].status").value("OFFICIAL"))
                .andExpect(jsonPath("$[?(@.year == 2027)].status").value("PROVISIONAL"));
        mvc.perform(get("/api/v1/calendar/years/2026").with(as(StaffFixtures.townshipStaff(70, 70, "510107012000"))))
                .andExpect(jsonPath("$.days.length()").value(CalendarFixtures.official2026().size()))
                .andExpect(jsonPath("$.days[0].date").value("2026-01-01"));
    }

    @Test
    void loadingTheOfficialYearRecomputesProvisionalDeadlinesAndPublishesEvents(ApplicationEvents events) throws Exception {
        // provisional 2027: 4/30, then 5/1–5/4 off (5/1–5/2 weekend made up on 5/3–5/4), 5/5, 5/6
        Deadline before = provisionalDeadlines.register("demand", "WO-1", LocalDate.parse("2027-04-29"), DeadlineRule.workingDays(3));
        assertThat(before.date()).isEqualTo(LocalDate.parse("2027-05-06"));
        assertThat(before.provisional()).isTrue();
        Deadline intoNextYear = provisionalDeadlines.register("demand", "WO-2", LocalDate.parse("2027-12-29"), DeadlineRule.workingDays(5));
        Deadline official = provisionalDeadlines.register("demand", "WO-3", LocalDate.parse("2026-11-02"), DeadlineRule.workingDays(3));
        assertThat(official.provisional()).isFalse();
        assertThat(trackedIds()).containsExactlyInAnyOrder("WO-1", "WO-2");
        long publicationsBefore = publications();

        mvc.perform(put("/api/v1/calendar/years/2027").param("source", "测试用虚构安排")
                        .with(as(StaffFixtures.provinceAdmin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(CalendarFixtures.invented2027())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OFFICIAL"))
                .andExpect(jsonPath("$.loadedBy").value("admin"));

        // invented official 2027: 5/1–5/5 off → 4/30, 5/6, 5/7
        assertThat(events.stream(ProvisionalDeadlineRecomputed.class)).containsExactly(
                new ProvisionalDeadlineRecomputed("demand", "WO-1", LocalDate.parse("2027-05-06"), LocalDate.parse("2027-05-07"), false));
        assertThat(trackedIds()).containsExactly("WO-2");
        assertThat(jdbc.sql("SELECT deadline FROM calendar_provisional_deadline WHERE reference_id = 'WO-2'")
                .query(LocalDate.class).single()).isEqualTo(intoNextYear.date());
        assertThat(publications()).isGreaterThan(publicationsBefore);

        assertThat(calendar.isOfficial(2027)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-04-25"))).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.parse("2027-04-29"), 3).provisional()).isFalse();
        mvc.perform(get("/api/v1/calendar/years/2027").with(as(StaffFixtures.townshipStaff(70, 70, "510107012000"))))
                .andExpect(jsonPath("$.status").value("OFFICIAL"))
                .andExpect(jsonPath("$.source").value("测试用虚构安排"));
    }

    @Test
    void badScheduleIsRefusedWholeAndChangesNothing() throws Exception {
        List<ScheduledDay> missingNationalDay = CalendarFixtures.invented2027().stream()
                .filter(d -> !d.date().equals(LocalDate.parse("2027-10-02"))).toList();
        expectInvalid(adminPut(2027, json(missingNationalDay)), "calendar.schedule.missingStatutory");

        String workOnWeekday = json(CalendarFixtures.invented2027()).replace(
                "{\"date\":\"2027-02-20\",\"kind\":\"WORK\"", "{\"date\":\"2027-02-22\",\"kind\":\"WORK\"");
        expectInvalid(adminPut(2027, workOnWeekday), "calendar.day.workOnWeekday");

        String conflicting = json(CalendarFixtures.invented2027()).replace("]",
                ",{\"date\":\"2027-01-02\",\"kind\":\"WORK\",\"name\":\"元旦\"}]");
        expectInvalid(adminPut(2027, conflicting), "calendar.day.conflict");

        String duplicate = json(CalendarFixtures.invented2027()).replace("]",
                ",{\"date\":\"2027-01-01\",\"kind\":\"REST\",\"name\":\"元旦\"}]");
        expectInvalid(adminPut(2027, duplicate), "calendar.day.duplicate");

        expectInvalid(adminPut(2027, "[{\"date\":\"2027-02-30\",\"kind\":\"REST\",\"name\":\"春节\"}]"), "calendar.date.malformed");
        expectInvalid(adminPut(2027, "[{\"date\":\"2026-02-01\",\"kind\":\"REST\",\"name\":\"春节\"}]"), "calendar.day.outsideYear");
        expectInvalid(adminPut(2027, "[{\"date\":\"2027-02-01\",\"kind\":\"HOLIDAY\",\"name\":\"春节\"}]"), "calendar.day.kindMalformed");
        expectInvalid(adminPut(2027, "[]"), "calendar.day.required");

        assertThat(management.year(2027).status()).isEqualTo(YearStatus.PROVISIONAL);
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_day WHERE year = 2027").query(Long.class).single()).isZero();
    }

    @Test
    void regionOverlayCanBeAddedToAProvisionalYearAndAppliesInsideTheRegion() {
        management.addDay(new ScheduledDay(LocalDate.parse("2027-11-19"), DayKind.REST, "彝族年", CalendarFixtures.LIANGSHAN), "admin");

        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-11-19"), CalendarFixtures.XICHANG)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-11-19"), CalendarFixtures.CHENGDU)).isTrue();
        assertThat(management.year(2027).status()).isEqualTo(YearStatus.PROVISIONAL);
        assertThat(management.year(2027).days()).contains(
                new ScheduledDay(LocalDate.parse("2027-11-19"), DayKind.REST, "彝族年", CalendarFixtures.LIANGSHAN));

        management.removeDay(LocalDate.parse("2027-11-19"), CalendarFixtures.LIANGSHAN, "admin");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-11-19"), CalendarFixtures.XICHANG)).isTrue();
    }

    @Test
    void nationalDayCannotBeAddedBeforeTheYearIsOfficialNorAStatutoryHolidayRemoved() {
        assertThatInvalid(() -> management.addDay(ScheduledDay.rest(LocalDate.parse("2027-02-11"), "春节"), "admin"),
                "calendar.day.yearNotOfficial");
        assertThatInvalid(() -> management.removeDay(LocalDate.parse("2026-10-01"), null, "admin"),
                "calendar.schedule.missingStatutory");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
    }

    @Test
    void pastedTextLoadsAYear() {
        management.loadYear(2027, """
                # 测试用虚构安排
                元旦 1/1-1/3
                春节 2/5-2/13 班 2/20
                清明节 4/3-4/5
                劳动节 5/1-5/5 班 4/25
                2027-06-09 REST 端午节
                2027-09-15 休 中秋节
                国庆节 10/1-10/7 班 9/26,10/9
                2027-11-19..2027-11-21 REST 彝族年 @513400000000
                """, "粘贴", "admin");

        CalendarYear loaded = management.year(2027);
        assertThat(loaded.official()).isTrue();
        assertThat(loaded.days().stream().filter(ScheduledDay::national).collect(Collectors.toSet()))
                .isEqualTo(new HashSet<>(CalendarFixtures.invented2027()));
        assertThat(loaded.days()).filteredOn(d -> !d.national()).hasSize(3);
        assertThat(ScheduleText.parse(2027, management.scheduleText(2027))).containsExactlyInAnyOrderElementsOf(loaded.days());
    }

    @Test
    void nonAdministratorCannotReplaceAYear() throws Exception {

        mvc.perform(put("/api/v1/calendar/years/2027").with(as(StaffFixtures.townshipStaff(70, 70, "510107012000"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(CalendarFixtures.invented2027())))
                .andExpect(status().isForbidden());
        assertThat(management.year(2027).status()).isEqualTo(YearStatus.PROVISIONAL);
    }

    @Test
    void regionalHolidayFormOffersCitiesAndCountiesByName() throws Exception {
        String page = mvc.perform(get("/admin/calendar").param("year", "2027").locale(java.util.Locale.SIMPLIFIED_CHINESE)
                        .with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String dayPicker = page.substring(page.indexOf("<select id=\"day-region\""));
        dayPicker = dayPicker.substring(0, dayPicker.indexOf("</select>"));
        assertThat(dayPicker).containsPattern("<option value=\"\"[^>]*>全国</option>")
                .contains("<option value=\"513400000000\">凉山彝族自治州</option>")
                .contains("<option value=\"513431000000\">凉山彝族自治州 昭觉县</option>");
        assertThat(dayPicker.split("<option").length - 1).as("every city and county").isGreaterThan(200);
        assertThat(page).contains("<option value=\"510107000000\">成都市 武侯区</option>")
                .doesNotContain("name=\"regionCode\" inputmode").doesNotContain("name=\"region\" inputmode");
    }

    @Test
    void adminFormsAddAnOverlayAndLoadAPastedYear() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/calendar/2027/days")
                        .param("date", "2027-11-19").param("kind", "REST").param("name", "彝族年").param("regionCode", "513400000000")
                        .with(as(StaffFixtures.provinceAdmin())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/admin/calendar?year=2027"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-11-19"), CalendarFixtures.XICHANG)).isFalse();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/calendar/2027/schedule")
                        .param("source", "粘贴").param("text", ScheduleText.format(CalendarFixtures.invented2027().stream()
                                .sorted(java.util.Comparator.comparing(ScheduledDay::date)).toList()))
                        .with(as(StaffFixtures.provinceAdmin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.isOfficial(2027)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-11-19"), CalendarFixtures.XICHANG))
                .as("loading a year replaces its overlays too").isTrue();
    }

    @Test
    void calculatorFragmentAnswersHtmx() throws Exception {
        mvc.perform(get("/admin/calendar/deadline").param("from", "2026-09-30").param("amount", "3").param("unit", "WORKING_DAYS")
                        .header("HX-Request", "true").locale(java.util.Locale.SIMPLIFIED_CHINESE).with(as(StaffFixtures.townshipStaff(70, 70, "510107012000"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2026-10-10")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("10/10调休上班")));
    }

    @Test
    void adminPageShowsTheMonthGridAndTheMissingYearAlert() throws Exception {

        MvcResult page = mvc.perform(get("/admin/calendar").param("year", "2026").locale(java.util.Locale.SIMPLIFIED_CHINESE)
                        .with(as(StaffFixtures.provinceAdmin())))
                .andExpect(status().isOk()).andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("data-date=\"2026-02-14\"").contains("cal-work").contains("2027年官方放假安排未录入，截止日期为暂算")
                .contains("/admin/calendar/2026/schedule");

        String readOnly = mvc.perform(get("/admin/calendar").param("year", "2027").locale(java.util.Locale.SIMPLIFIED_CHINESE)
                        .with(as(StaffFixtures.townshipStaff(70, 70, "510107012000"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(readOnly).contains("按《全国年节及纪念日放假办法》").doesNotContain("/admin/calendar/2027/schedule");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder clerkGet(String path) {
        return get(path).with(as(StaffFixtures.townshipStaff(70, 70, "510107012000")));
    }

    private RequestBuilder adminPut(int year, String body) {
        return put("/api/v1/calendar/years/" + year).with(as(StaffFixtures.provinceAdmin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Asserts a 400 whose JSON names the rule's message key, in Chinese and English. */
    private void expectInvalid(RequestBuilder request, String key) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(key))
                .andExpect(jsonPath("$.error").isNotEmpty())
                .andExpect(jsonPath("$.errorEn").isNotEmpty())
                .andReturn();
        assertThat(result.getResolvedException()).isInstanceOf(InvalidInput.class);
    }

    private static void assertThatInvalid(Runnable action, String key) {
        org.assertj.core.api.Assertions.assertThatThrownBy(action::run).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo(key);
    }

    private List<String> trackedIds() {
        return jdbc.sql("SELECT reference_id FROM calendar_provisional_deadline ORDER BY reference_id").query(String.class).list();
    }

    private long publications() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%ProvisionalDeadlineRecomputed'")
                .query(Long.class).single();
    }

    private static String json(List<ScheduledDay> days) {
        return days.stream().map(d -> {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            m.put("date", d.date().toString());
            m.put("kind", d.kind().name());
            m.put("name", d.name());
            return m.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                    .collect(Collectors.joining(",", "{", "}"));
        }).collect(Collectors.joining(",", "[", "]"));
    }
}
