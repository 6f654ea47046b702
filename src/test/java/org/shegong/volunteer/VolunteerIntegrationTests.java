package org.shegong.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.shegong.demand.DemandId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.Role;
import org.shegong.demand.Channel;
import org.shegong.demand.DemandKind;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.SubmitDemand;
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

@SpringBootTest
@AutoConfigureMockMvc
class VolunteerIntegrationTests {

    @Autowired
    VolunteerMessages messages;

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    VolunteerRegistry registry;
    @Autowired
    OrganizationManagement organizations;
    @Autowired
    ActivityManagement activities;
    @Autowired
    AttendanceManagement attendance;
    @Autowired
    Certificates certificates;
    @Autowired
    CertificateNumbers numbers;
    @Autowired
    DemandManagement demands;
    @Autowired
    VolunteerStatistics statistics;
    @Autowired
    Recommendations recommendations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    StaffPrincipal province = StaffFixtures.provinceAdmin();
    StaffPrincipal countyAdmin;
    StaffPrincipal organizer;
    StaffPrincipal otherOrganizer;
    StaffPrincipal outsider;
    OrganizationView team;
    String s;

    @BeforeEach
    void organization() {
        s = UUID.randomUUID().toString().substring(0, 6);
        UnitView office = units.create(province, "玉林街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        UnitView other = units.create(province, "玉林北路社区" + s, UnitKind.VILLAGE_COMMITTEE, "510107005001");
        UnitView far = units.create(province, "锦官驿街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510104017000");
        UnitView county = units.create(province, "武侯区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000");
        organizer = StaffFixtures.staff(7001, "yl" + s, office.id().value(), office.name(), UnitKind.TOWNSHIP_OFFICE, "510107005000",
                Role.TOWNSHIP_STAFF);
        otherOrganizer = StaffFixtures.staff(7002, "sq" + s, other.id().value(), other.name(), UnitKind.VILLAGE_COMMITTEE,
                "510107005001", Role.VILLAGE_STAFF);
        outsider = StaffFixtures.staff(7003, "jg" + s, far.id().value(), far.name(), UnitKind.TOWNSHIP_OFFICE, "510104017000",
                Role.TOWNSHIP_STAFF);
        countyAdmin = StaffFixtures.staff(7004, "wh" + s, county.id().value(), county.name(), UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510107000000", Role.COUNTY_ADMIN);
        team = organizations.register(organizer, "玉林街道志愿服务队" + s);
        assertThat(team.status()).isEqualTo(OrganizationStatus.PENDING);
        team = organizations.decide(countyAdmin, team.id(), true, "");
    }

    private ActivityView activity(Risk risk, int capacity) {
        Instant start = clock.instant().plus(Duration.ofDays(2));
        return activities.create(organizer, new NewActivity(team.id(), "社区助老" + s, "陪伴独居老人", "510107005001",
                "玉林北路社区活动室", risk, risk == Risk.HIGH, risk == Risk.HIGH ? "人保意外险 PICC-2026-001" : null, "急救,陪伴",
                List.of(new NewActivity.Shift("陪伴员", null, start, start.plus(Duration.ofHours(3)), capacity))));
    }

    private long shiftOf(ActivityView a) {
        return a.shifts().get(0).id();
    }

    @Test
    void registersAVolunteerWithTheIdSealedANumberAndAgeFromTheId() {
        LocalDate born = LocalDate.now(clock.withZone(org.shegong.ShegongApplication.ZONE)).minusYears(30);
        String id = VolunteerFixtures.idNumber(born);
        VolunteerProfile p = registry.register(new RegisterVolunteer(" 张三 ", id, VolunteerFixtures.mobile(), "Volunteer2026",
                "急救，心理疏导", EnumSet.of(Availability.WEEKEND), "510107005001", null, null, false));
        assertThat(p.number()).startsWith("ZY510107").hasSize(16);
        assertThat(p.name()).isEqualTo("张三");
        assertThat(p.age()).isEqualTo(30);
        assertThat(p.minor()).isFalse();
        assertThat(p.idMasked()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(p.skills()).containsExactly("急救", "心理疏导");
        byte[] cipher = jdbc.sql("SELECT id_cipher FROM volunteer_volunteer WHERE id = :id").param("id", p.id().value())
                .query(byte[].class).single();
        assertThat(new String(cipher, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(id);
        assertThatThrownBy(() -> registry.register(new RegisterVolunteer("李四", id, VolunteerFixtures.mobile(), "Volunteer2026",
                "", EnumSet.noneOf(Availability.class), "510107005001", null, null, false)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("volunteer.idNumber.taken");
    }

    @Test
    void refusesABadIdOrMobileWithABilingualErrorAndStoresNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM volunteer_volunteer").query(Long.class).single();
        String badId = VolunteerFixtures.adultId();
        badId = badId.substring(0, 17) + (badId.charAt(17) == '1' ? '2' : '1');
        mvc.perform(post("/api/v1/volunteer/registrations").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"王五","idNumber":"%s","mobile":"13900001111","password":"Volunteer2026",
                                 "regionCode":"510107005001","guardianConsent":false}""".formatted(badId)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("idNumber"))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("校验")))
                .andExpect(jsonPath("$.errorEn").isNotEmpty());
        mvc.perform(post("/api/v1/volunteer/registrations").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"王五","idNumber":"%s","mobile":"12900001111","password":"Volunteer2026",
                                 "regionCode":"510107005001","guardianConsent":false}""".formatted(VolunteerFixtures.adultId())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("phone"));
        assertThat(jdbc.sql("SELECT count(*) FROM volunteer_volunteer").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aMinorNeedsRecordedGuardianConsentAndNeverJoinsARiskyActivity() {
        LocalDate today = LocalDate.now(clock.withZone(org.shegong.ShegongApplication.ZONE));
        // one day short of 18: still a minor (民法典 §17)
        String minorId = VolunteerFixtures.idNumber(today.minusYears(18).plusDays(1));
        String mobile = VolunteerFixtures.mobile();
        assertThatThrownBy(() -> registry.register(new RegisterVolunteer("小明", minorId, mobile, "Volunteer2026", "",
                EnumSet.noneOf(Availability.class), "510107005001", "明爸", VolunteerFixtures.mobile(), false)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("volunteer.minor.consent");
        VolunteerProfile minor = registry.register(new RegisterVolunteer("小明", minorId, mobile, "Volunteer2026", "",
                EnumSet.noneOf(Availability.class), "510107005001", "明爸", VolunteerFixtures.mobile(), true));
        assertThat(minor.minor()).isTrue();
        assertThat(jdbc.sql("SELECT guardian_consent_at IS NOT NULL FROM volunteer_volunteer WHERE id = :id")
                .param("id", minor.id().value()).query(Boolean.class).single()).isTrue();
        // exactly 18 today: an adult, no guardian needed
        VolunteerProfile adult = registry.register(new RegisterVolunteer("小红", VolunteerFixtures.idNumber(today.minusYears(18)),
                VolunteerFixtures.mobile(), "Volunteer2026", "", EnumSet.noneOf(Availability.class), "510107005001", null, null, false));
        assertThat(adult.minor()).isFalse();

        ActivityView risky = activity(Risk.HIGH, 5);
        assertThatThrownBy(() -> activities.signUp(minor.id(), shiftOf(risky)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("volunteer.minor.risky");
        assertThat(activities.signUp(adult.id(), shiftOf(risky)).status()).isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(activities.signUp(minor.id(), shiftOf(activity(Risk.LOW, 5))).status()).isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(recommendations.forVolunteer(minor.id(), 50)).noneMatch(x -> x.activity().risk() == Risk.HIGH);
    }

    @Test
    void aRiskyActivityNeedsInsurance() {
        Instant start = clock.instant().plus(Duration.ofDays(1));
        assertThatThrownBy(() -> activities.create(organizer, new NewActivity(team.id(), "抗洪抢险", null, "510107005001", "河堤",
                Risk.HIGH, false, " ", null, List.of(new NewActivity.Shift("搬运", null, start, start.plusSeconds(3600), 5)))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("volunteer.activity.insurance");
    }

    @Test
    void fiftyVolunteersRacingForTenPlacesConfirmExactlyTenAndACancellationPromotesTheFirstInLine() throws Exception {
        ActivityView a = activity(Risk.LOW, 10);
        long shift = shiftOf(a);
        List<VolunteerId> volunteers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            volunteers.add(registry.register(VolunteerFixtures.adult("志愿者" + i, "")).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SignUp>> results = new ArrayList<>();
        try {
            for (VolunteerId v : volunteers) {
                results.add(pool.submit((Callable<SignUp>) () -> {
                    start.await();
                    return activities.signUp(v, shift);
                }));
            }
            start.countDown();
            List<SignUp> done = new ArrayList<>();
            for (Future<SignUp> f : results) {
                done.add(f.get());
            }
            assertThat(done).filteredOn(x -> x.status() == SignUpStatus.CONFIRMED).hasSize(10);
            assertThat(done).filteredOn(x -> x.status() == SignUpStatus.WAITLISTED).hasSize(40);
        } finally {
            pool.shutdownNow();
        }
        assertThat(organizations.members(countyAdmin, team.id())).hasSizeGreaterThanOrEqualTo(50);
        VolunteerId member = volunteers.get(0);
        assertThat(organizations.setRole(organizer, team.id(), member, "LEADER"))
                .anySatisfy(m -> assertThat(m.volunteerId().equals(member) && m.role().equals("LEADER")).isTrue());
        assertThatThrownBy(() -> organizations.setRole(countyAdmin, team.id(), member, "MEMBER")).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> organizations.setRole(organizer, team.id(), member, "BOSS")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> organizations.members(outsider, team.id())).isInstanceOf(NotFound.class);
        assertThat(jdbc.sql("SELECT taken FROM volunteer_shift WHERE id = :id").param("id", shift).query(Integer.class).single())
                .isEqualTo(10);
        long firstWaiting = jdbc.sql("SELECT min(id) FROM volunteer_signup WHERE shift_id = :s AND status = 'WAITLISTED'")
                .param("s", shift).query(Long.class).single();
        record Confirmed(long id, long volunteerId) {
        }
        Confirmed c = jdbc.sql("SELECT id, volunteer_id FROM volunteer_signup WHERE shift_id = :s AND status = 'CONFIRMED' LIMIT 1")
                .param("s", shift).query(Confirmed.class).single();
        SignUp promoted = activities.cancel(new VolunteerId(c.volunteerId()), c.id());
        assertThat(promoted).isNotNull();
        assertThat(promoted.id()).isEqualTo(firstWaiting);
        long promotedVolunteer = jdbc.sql("SELECT volunteer_id FROM volunteer_signup WHERE id = :id").param("id", firstWaiting)
                .query(Long.class).single();
        assertThat(messages.readLatest(new VolunteerId(promotedVolunteer), 10)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(VolunteerMessages.Kind.PROMOTED);
            assertThat(m.unread()).isTrue();
            assertThat(m.activityId()).isEqualTo(a.id());
        });
        assertThat(messages.readLatest(new VolunteerId(promotedVolunteer), 10)).singleElement().satisfies(m -> assertThat(m.unread()).isFalse());
        assertThat(messages.readLatest(new VolunteerId(c.volunteerId()), 10)).as("the one who cancelled is told nothing").isEmpty();
        activities.cancelActivity(organizer, a.id());
        assertThat(messages.readLatest(new VolunteerId(promotedVolunteer), 10)).first()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(VolunteerMessages.Kind.ACTIVITY_CANCELLED));
        assertThat(jdbc.sql("SELECT count(*) FROM volunteer_message m JOIN volunteer_signup g ON g.id = m.signup_id "
                + "WHERE g.shift_id = :s AND m.kind = 'ACTIVITY_CANCELLED'").param("s", shift).query(Integer.class).single())
                .as("all 49 still signed up are told, the one who cancelled is not").isEqualTo(49);
        assertThat(jdbc.sql("SELECT count(*) FROM volunteer_signup WHERE shift_id = :s AND status = 'CONFIRMED'")
                .param("s", shift).query(Integer.class).single()).isEqualTo(10);
        assertThatThrownBy(() -> activities.cancel(new VolunteerId(c.volunteerId()), c.id())).isInstanceOf(InvalidInput.class);
    }

    @Test
    void attendanceByQrIsConfirmedOnlyByTheOrganizerAndEveryChangeIsKept() throws Exception {
        ActivityView a = activity(Risk.LOW, 5);
        long shift = shiftOf(a);
        VolunteerId v = registry.register(VolunteerFixtures.adult("赵六", "")).id();
        VolunteerId late = registry.register(VolunteerFixtures.adult("钱七", "")).id();
        activities.signUp(v, shift);
        activities.signUp(late, shift);

        String out = attendance.qr(organizer, shift, false).token();
        assertThatThrownBy(() -> attendance.attend(late, out)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("volunteer.attend.outBeforeIn");
        String in = attendance.qr(organizer, shift, true).token();
        String[] parts = in.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 3600) + "." + parts[3];
        assertThatThrownBy(() -> attendance.attend(v, forged)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("volunteer.qr.forged");
        assertThatThrownBy(() -> attendance.qr(countyAdmin, shift, true)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> attendance.qr(otherOrganizer, shift, true)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attendance.qr(outsider, shift, true)).isInstanceOf(NotFound.class);

        AttendanceRow row = attendance.attend(v, in);
        assertThat(row.checkInAt()).isNotNull();
        assertThatThrownBy(() -> attendance.attend(v, in)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("volunteer.attend.already");
        row = attendance.attend(v, attendance.qr(organizer, shift, false).token());
        assertThat(row.checkOutAt()).isNotNull();
        long attendanceId = row.attendanceId();

        // hours confirmed by another organization: refused with the rule, nothing changed (谁记录谁证明)
        mvc.perform(post("/api/v1/volunteering/attendance/" + attendanceId + "/confirmation").with(as(countyAdmin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"minutes\":600,\"note\":\"补记\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("谁组织谁记录")))
                .andExpect(jsonPath("$.errorEn").isNotEmpty());
        assertThat(registry.profile(v).confirmedMinutes()).isZero();
        assertThatThrownBy(() -> attendance.confirm(organizer, attendanceId, 150, " "))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("volunteer.hours.reason");
        mvc.perform(post("/api/v1/volunteering/attendance/" + attendanceId + "/confirmation").with(as(organizer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"minutes\":150,\"note\":\"按活动签到表核定\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"));
        assertThat(registry.profile(v).confirmedMinutes()).isEqualTo(150);
        assertThatThrownBy(() -> attendance.confirm(organizer, attendanceId, 900, "再加"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("volunteer.hours.alreadyConfirmed");

        long correction = attendance.requestCorrection(v, attendanceId, 180, "实际服务到下午三点");
        assertThatThrownBy(() -> attendance.requestCorrection(late, attendanceId, 600, "我也要"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attendance.decideCorrection(countyAdmin, correction, true, ""))
                .isInstanceOf(NotPermitted.class);
        attendance.decideCorrection(organizer, correction, true, "核实属实");
        assertThat(registry.profile(v).confirmedMinutes()).isEqualTo(180);
        assertThat(attendance.historyFor(v, attendanceId)).extracting(HistoryEntry::action)
                .containsExactly("CHECK_IN", "CHECK_OUT", "CONFIRM", "CORRECTION_REQUESTED", "CORRECTION_ACCEPTED");
        assertThatThrownBy(() -> jdbc.sql("UPDATE volunteer_attendance_history SET minutes = 9999 WHERE attendance_id = :a")
                .param("a", attendanceId).update()).hasMessageContaining("append-only");
    }

    @Test
    void bulkEntryIsAllOrNothing() {
        Instant start = clock.instant().plus(Duration.ofMinutes(1));
        ActivityView a = activities.create(organizer, new NewActivity(team.id(), "清洁家园" + s, null, "510107005001", "小区",
                Risk.LOW, false, null, null, List.of(new NewActivity.Shift("清扫", null, start, start.plusSeconds(7200), 3))));
        VolunteerProfile one = registry.register(VolunteerFixtures.adult("孙八", ""));
        VolunteerProfile two = registry.register(VolunteerFixtures.adult("周九", ""));
        activities.signUp(one.id(), shiftOf(a));
        Instant in = clock.instant().minus(Duration.ofHours(3));
        assertThatThrownBy(() -> attendance.enter(organizer, shiftOf(a), List.of(
                new AttendanceManagement.Entry(one.number(), in, in.plus(Duration.ofHours(2))),
                new AttendanceManagement.Entry(two.number(), in, in.plus(Duration.ofHours(2))))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("volunteer.bulk.notSignedUp");
        assertThat(attendance.roster(organizer, a.id())).allMatch(r -> r.attendanceId() == null);
        List<AttendanceRow> rows = attendance.enter(organizer, shiftOf(a),
                List.of(new AttendanceManagement.Entry(one.number(), in, in.plus(Duration.ofHours(2)))));
        assertThat(rows.get(0).minutes()).isEqualTo(120);
        assertThat(rows.get(0).status()).isEqualTo("RECORDED");
    }

    @Test
    void certificatesVerifyAsValidAlteredOrUnknownWithoutPersonalData() throws Exception {
        ActivityView a = activity(Risk.LOW, 5);
        String id = VolunteerFixtures.adultId();
        VolunteerProfile v = registry.register(new RegisterVolunteer("吴十一", id, VolunteerFixtures.mobile(), "Volunteer2026", "",
                EnumSet.noneOf(Availability.class), "510107005001", null, null, false));
        assertThatThrownBy(() -> certificates.issue(v.id(), team.id())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("volunteer.certificate.nothing");
        activities.signUp(v.id(), shiftOf(a));
        attendance.attend(v.id(), attendance.qr(organizer, shiftOf(a), true).token());
        AttendanceRow row = attendance.attend(v.id(), attendance.qr(organizer, shiftOf(a), false).token());
        attendance.confirm(organizer, row.attendanceId(), 240, "按排班核定");

        CertificateView c = certificates.issue(v.id(), team.id());
        assertThat(c.minutes()).isEqualTo(240);
        assertThat(c.organization()).isEqualTo(team.name());
        // one line per confirmed shift, stored as text[] (V262) and read back as issued
        assertThat(c.content()).singleElement().asString().contains(a.title(), "4.0 小时");
        assertThat(certificates.of(v.id())).singleElement().satisfies(stored -> assertThat(stored.content()).isEqualTo(c.content()));
        byte[] pdf = certificates.pdf(c, "http://localhost/public/volunteer/certificates/" + c.number());
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("志愿服务记录证明", c.number(), v.number(), v.idMasked(), "4.0", team.name()).doesNotContain(id);

        Verification ok = certificates.verify(c.number());
        assertThat(ok.result()).isEqualTo(Verification.Result.VALID);
        assertThat(ok.maskedName()).isEqualTo("吴**");
        assertThat(ok.hours()).isEqualTo("4.0");
        String serial = c.number().split("-")[2];
        String altered = c.number().replace("-" + serial + "-", "-" + String.format("%06d", Long.parseLong(serial) + 1) + "-");
        assertThat(certificates.verify(altered).result()).isEqualTo(Verification.Result.ALTERED);
        String neverIssued = numbers.next(LocalDate.of(2020, 1, 1), 999_999);
        assertThat(certificates.verify(neverIssued).result()).isEqualTo(Verification.Result.UNKNOWN);
        mvc.perform(get("/api/v1/public/volunteer/certificates/" + c.number())).andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("VALID")).andExpect(jsonPath("$.issuer").value(team.name()))
                .andExpect(jsonPath("$.maskedName").value("吴**"))
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).doesNotContain(v.number(), id));
        mvc.perform(get("/public/volunteer/certificates/" + altered)).andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).contains("ALTERED"));
    }

    @Test
    void aDemandBecomesAVolunteerTaskAndItsCompletionReachesTheDemandTimeline() throws Exception {
        DemandId demandId = demands.submit(new SubmitDemand(DemandKind.HELP, null, Channel.HOTLINE, "SB-02",
                "独居老人" + s + "需要有人帮忙打扫卫生", "13866661234", "刘女士", null, null, null, "510107005001"), province, null).id();
        Instant start = clock.instant().plus(Duration.ofMinutes(1));
        NewActivity task = new NewActivity(team.id(), "上门打扫" + s, null, "510107005001", "玉林北路1号", Risk.LOW, false, null,
                null, List.of(new NewActivity.Shift("保洁", null, start, start.plusSeconds(7200), 2)));
        assertThatThrownBy(() -> tasksFor().create(outsider, demandId.value(), task)).isInstanceOf(NotFound.class);
        ActivityView a = tasksFor().create(organizer, demandId.value(), task);
        assertThat(a.demandId()).isEqualTo(demandId.value());
        VolunteerProfile v = registry.register(VolunteerFixtures.adult("郑十二", ""));
        activities.signUp(v.id(), shiftOf(a));
        Instant in = clock.instant().minus(Duration.ofHours(2));
        AttendanceRow r = attendance.enter(organizer, shiftOf(a), List.of(new AttendanceManagement.Entry(v.number(), in,
                in.plus(Duration.ofMinutes(90))))).get(0);
        assertThatThrownBy(() -> attendance.completeTask(organizer, a.id())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("volunteer.task.unconfirmed");
        attendance.confirm(organizer, r.attendanceId(), null, null);
        attendance.completeTask(organizer, a.id());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(demands.find(province.scope(), demandId).timeline())
                        .anySatisfy(e -> {
                            assertThat(e.action()).isEqualTo("VOLUNTEER_SERVICE");
                            assertThat(e.detail()).contains("1 名志愿者", "1.5 小时");
                        }));
        assertThatThrownBy(() -> attendance.completeTask(organizer, a.id())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("volunteer.task.reported");
    }

    @Autowired
    TaskManagement tasks;

    private TaskManagement tasksFor() {
        return tasks;
    }

    @Test
    void recordsOutsideTheCallersRegionAreNotFoundAndStatisticsStayInScope() throws Exception {
        ActivityView a = activity(Risk.LOW, 5);
        mvc.perform(get("/volunteering/activities/" + a.id()).with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/volunteering/activities/" + a.id()).with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/volunteering/activities/" + a.id()).with(as(countyAdmin))).andExpect(status().isOk());
        mvc.perform(get("/volunteering/activities/" + a.id()).with(as(organizer))).andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).contains("qr-in-"));
        mvc.perform(get("/volunteering/statistics/export").with(as(countyAdmin))).andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsByteArray()).startsWith('P', 'K'));
        VolunteerProfile v = registry.register(VolunteerFixtures.adult("冯十三", ""));
        assertThat(statistics.summary(outsider.scope()).byRegionAndStar()).noneMatch(x -> x.county().startsWith("510107"));
        assertThat(statistics.summary(countyAdmin.scope()).byRegionAndStar())
                .anyMatch(x -> x.county().equals("510107000000") && x.stars() == 0 && x.volunteers() > 0);
        assertThat(registry.inScope(outsider.scope(), null, 500)).noneMatch(p -> p.id().equals(v.id()));
    }

    @Test
    void theVolunteerListFindsAWholeSkillInTheSkillsArrayAndNamesAndNumbersByPart() {
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
        VolunteerProfile signer = registry.register(VolunteerFixtures.adult("手语志愿者", "手语" + tag + "，急救"));
        VolunteerProfile other = registry.register(VolunteerFixtures.adult("蒋十五" + tag, "读报"));
        // stored as an array of the normalised skills (V240), not as delimited text
        assertThat(jdbc.sql("SELECT array_length(skills, 1) FROM volunteer_volunteer WHERE id = :id").param("id", signer.id().value())
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT availability FROM volunteer_volunteer WHERE id = :id").param("id", signer.id().value())
                .query(String.class).single()).isEqualTo("{WEEKEND}");
        assertThat(registry.profile(signer.id()).availability()).containsExactly(Availability.WEEKEND);

        assertThat(registry.inScope(countyAdmin.scope(), " 手语" + tag + " ", 500)).extracting(VolunteerProfile::id)
                .contains(signer.id()).doesNotContain(other.id());
        // a skill is matched whole: part of one is not a skill the volunteer has
        assertThat(registry.inScope(countyAdmin.scope(), "语" + tag, 500)).extracting(VolunteerProfile::id)
                .doesNotContain(signer.id());
        // names and numbers still match by part
        assertThat(registry.inScope(countyAdmin.scope(), "十五" + tag, 500)).extracting(VolunteerProfile::id)
                .containsExactly(other.id());
        assertThat(registry.inScope(countyAdmin.scope(), signer.number().substring(4), 500)).extracting(VolunteerProfile::id)
                .contains(signer.id());
        assertThat(registry.inScope(outsider.scope(), "手语" + tag, 500)).isEmpty();
    }

    @Test
    void aVolunteerSignsInWithTheirOwnSessionApartFromStaff() throws Exception {
        RegisterVolunteer r = VolunteerFixtures.adult("陈十四", "");
        registry.register(r);
        mvc.perform(get("/api/v1/volunteer/me")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errorEn").isNotEmpty());
        mvc.perform(get("/volunteer/me")).andExpect(status().is3xxRedirection());
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(post("/api/v1/volunteer/session").with(csrf).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mobile\":\"%s\",\"password\":\"wrong-password1\"}".formatted(r.mobile())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("volunteer.signIn.bad"));
        var signedIn = mvc.perform(post("/api/v1/volunteer/session").with(csrf).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mobile\":\"%s\",\"password\":\"Volunteer2026\"}".formatted(r.mobile())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("陈十四")).andReturn();
        jakarta.servlet.http.Cookie session = signedIn.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/api/v1/volunteer/me").cookie(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.mobileMasked").value(r.mobile().substring(0, 3) + "****" + r.mobile().substring(7)));
        // the volunteer's session gives no staff rights
        mvc.perform(get("/volunteering/organizations").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void staffPagesRenderAndTheActivityFormCreatesAnActivity() throws Exception {
        OrganizationView pending = organizations.register(otherOrganizer, "玉林北路社区志愿队" + s);
        mvc.perform(get("/volunteering/organizations").with(as(countyAdmin))).andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .contains("approve-" + pending.id(), team.name()));
        mvc.perform(get("/volunteering/organizations").with(as(organizer))).andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .contains("register-organization").doesNotContain("approve-" + pending.id()));
        mvc.perform(get("/volunteering/activities").with(as(organizer))).andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).contains("new-activity", "task-from-demand"));
        mvc.perform(post("/volunteering/activities").with(as(organizer)).param("organizationId", String.valueOf(team.id()))
                        .param("title", "周末义诊" + s).param("regionCode", "510107005002").param("place", "社区卫生站")
                        .param("risk", "LOW").param("roleName", "引导员").param("startsAt", "2030-06-01T09:00")
                        .param("endsAt", "2030-06-01T12:00").param("capacity", "8"))
                .andExpect(status().is3xxRedirection());
        assertThat(activities.ofMyUnit(organizer)).anySatisfy(a -> {
            assertThat(a.title()).isEqualTo("周末义诊" + s);
            assertThat(a.shifts()).singleElement().satisfies(x -> assertThat(x.capacity()).isEqualTo(8));
        });
        mvc.perform(post("/volunteering/activities").with(as(organizer)).param("organizationId", String.valueOf(team.id()))
                        .param("title", "周末义诊").param("regionCode", "510107005002").param("place", "社区卫生站")
                        .param("roleName", "引导员").param("startsAt", "2030-06-01T12:00").param("endsAt", "2030-06-01T09:00")
                        .param("capacity", "8"))
                .andExpect(status().isBadRequest())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).contains("结束时间须晚于开始时间"));
        DemandId demandId = demands.submit(new SubmitDemand(DemandKind.HELP, null, Channel.HOTLINE, "SB-02",
                "行动不便老人" + s + "需要陪同就医", "13866665678", "何女士", null, null, null, "510107005001"), province, null).id();
        mvc.perform(get("/volunteering/tasks/new").param("demandId", String.valueOf(demandId)).with(as(organizer)))
                .andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).contains("陪同就医", "new-task"));
        VolunteerProfile listed = registry.register(VolunteerFixtures.adult("卫十六", ""));
        mvc.perform(get("/volunteering/volunteers").with(as(countyAdmin))).andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).contains(listed.number(),
                        listed.idMasked()));
        mvc.perform(get("/volunteering/statistics").with(as(countyAdmin))).andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).contains("by-month", "510107000000"));
        mvc.perform(get("/public/volunteer/certificates")).andExpect(status().isOk());
        mvc.perform(get("/public/volunteer/certificates").param("number", "<b>x</b>")).andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .contains("查无此证明编号").doesNotContain("<b>x</b>"));
    }

    @Test
    void volunteerPagesRenderForTheSignedInVolunteer() throws Exception {
        RegisterVolunteer r = VolunteerFixtures.adult("褚十五", "急救");
        VolunteerProfile v = registry.register(r);
        ActivityView a = activity(Risk.LOW, 3);
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        jakarta.servlet.http.Cookie session = mvc.perform(post("/volunteer/login").with(csrf).param("mobile", r.mobile())
                        .param("password", "Volunteer2026").param("next", "https://evil.example/"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/volunteer/me"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/volunteer/activities").cookie(session)).andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).contains(a.title()));
        mvc.perform(post("/volunteer/shifts/" + shiftOf(a) + "/signup").cookie(session).with(csrf))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/volunteer/me").cookie(session)).andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).contains(v.number(), a.title(), "已录用"));
        mvc.perform(get("/volunteer/attend").param("token", "1.I.1.AAAA").cookie(session)).andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).contains("签名不符"));
        mvc.perform(post("/volunteer/register").with(csrf).param("name", "小刚")
                        .param("idNumber", VolunteerFixtures.idNumber(LocalDate.now().minusYears(12))).param("mobile", VolunteerFixtures.mobile())
                        .param("password", "Volunteer2026").param("regionCode", "510107000000"))
                .andExpect(status().isOk())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).contains("监护人同意", "小刚"));
    }

    @Test
    void recommendsActivitiesBySharedSkillsAreaAndAvailability() {
        java.time.ZonedDateTime saturday = java.time.ZonedDateTime.now(clock.withZone(org.shegong.ShegongApplication.ZONE))
                .plusDays(3).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY))
                .withHour(10).withMinute(0).withSecond(0).withNano(0);
        java.time.ZonedDateTime tuesday = saturday.plusDays(3).withHour(19);
        ActivityView firstAid = activities.create(organizer, new NewActivity(team.id(), "急救培训" + s, null, "510107005001",
                "社区", Risk.LOW, false, null, "急救", List.of(new NewActivity.Shift("讲解", null, saturday.toInstant(),
                        saturday.plusHours(2).toInstant(), 3))));
        ActivityView computers = activities.create(organizer, new NewActivity(team.id(), "电脑课" + s, null, "510107005002",
                "社区", Risk.LOW, false, null, "电脑", List.of(new NewActivity.Shift("助教", null, tuesday.toInstant(),
                        tuesday.plusHours(2).toInstant(), 3))));
        VolunteerProfile v = registry.register(VolunteerFixtures.adult("蒋十七", "急救"));
        List<Recommendations.Suggestion> list = recommendations.forVolunteer(v.id(), 500);
        List<ActivityId> order = list.stream().map(x -> x.activity().id()).toList();
        assertThat(order).contains(firstAid.id(), computers.id());
        assertThat(order.indexOf(firstAid.id())).isLessThan(order.indexOf(computers.id()));
        Recommendations.Suggestion best = list.get(order.indexOf(firstAid.id()));
        assertThat(best.sharedSkills()).containsExactly("急救");
        assertThat(best.suitableTime()).isTrue();
        assertThat(list.get(order.indexOf(computers.id())).suitableTime()).isFalse();
        activities.signUp(v.id(), shiftOf(firstAid));
        assertThat(recommendations.forVolunteer(v.id(), 500)).noneMatch(x -> x.activity().id().equals(firstAid.id()));
    }

    @Test
    void theStatisticsWorkbookHasOneSheetPerFigure() throws Exception {
        registry.register(VolunteerFixtures.adult("沈十八", ""));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                statistics.workbook(countyAdmin.scope())))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("County");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("510107000000");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheVolunteersSignIn() {
        RegisterVolunteer r = VolunteerFixtures.adult("韩十九", "");
        VolunteerId id = registry.register(r).id();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> registry.signIn(r.mobile(), "Wrong2026x")).hasMessageContaining("volunteer.signIn.bad");
        }
        assertThat(registry.signIn(r.mobile(), "Volunteer2026")).isEqualTo(id);
        for (int i = 0; i < VolunteerRegistry.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> registry.signIn(r.mobile(), "Wrong2026x")).hasMessageContaining("volunteer.signIn.bad");
        }
        assertThatThrownBy(() -> registry.signIn(r.mobile(), "Volunteer2026")).hasMessageContaining("volunteer.signIn.locked");
        assertThatThrownBy(() -> registry.signIn("13900000000", "Volunteer2026")).hasMessageContaining("volunteer.signIn.bad");
    }
}
