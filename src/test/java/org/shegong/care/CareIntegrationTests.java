package org.shegong.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.shegong.demand.DemandId;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.Role;
import org.shegong.demand.CallerFlags;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.DemandStatus;
import org.shegong.identity.UnitId;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.AuditLog;
import org.shegong.identity.MobileNumber;
import org.shegong.identity.NewAccount;
import org.shegong.identity.OverviewSource;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.ToDoSource;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.identity.GridTaskSource;
import org.shegong.notify.Inbox;
import org.shegong.region.Grids;
import org.shegong.region.Scope;
import org.shegong.volunteer.ActivityView;
import org.shegong.volunteer.AttendanceManagement;
import org.shegong.volunteer.AttendanceRow;
import org.shegong.volunteer.NewActivity;
import org.shegong.volunteer.OrganizationManagement;
import org.shegong.volunteer.OrganizationView;
import org.shegong.volunteer.VolunteerProfile;
import org.shegong.volunteer.VolunteerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CareIntegrationTests {

    static final String TOWNSHIP = "510107005000";
    static final String VILLAGE = "510107005001";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    Grids grids;
    @Autowired
    CareRegistry registry;
    @Autowired
    VisitLog visits;
    @Autowired
    NeedReferrals referrals;
    @Autowired
    CareStatistics statistics;
    @Autowired
    CareSweep sweep;
    @Autowired
    DemandManagement demands;
    @Autowired
    Inbox inbox;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    List<CallerFlags> callerFlags;
    @Autowired
    List<GridTaskSource> gridTaskSources;
    @Autowired
    List<ToDoSource> toDoSources;
    @Autowired
    List<OverviewSource> overviewSources;

    final StaffPrincipal province = StaffFixtures.provinceAdmin();
    String s;
    UnitView office;
    UnitView community;
    StaffPrincipal township;
    StaffPrincipal villageStaff;
    StaffPrincipal worker;
    StaffPrincipal otherWorker;
    StaffPrincipal outsider;
    String grid;

    @BeforeEach
    void people() {
        s = UUID.randomUUID().toString().substring(0, 6);
        office = units.create(province, "玉林街道关爱" + s, UnitKind.TOWNSHIP_OFFICE, TOWNSHIP);
        community = units.create(province, "玉林北路社区关爱" + s, UnitKind.VILLAGE_COMMITTEE, VILLAGE);
        UnitView far = units.create(province, "东区关爱" + s, UnitKind.TOWNSHIP_OFFICE, "510402001000");
        township = principal(office, "cts" + s, Role.TOWNSHIP_STAFF);
        villageStaff = principal(community, "cvs" + s, Role.VILLAGE_STAFF);
        worker = principal(community, "cgw" + s, Role.GRID_WORKER);
        otherWorker = principal(community, "cgo" + s, Role.GRID_WORKER);
        outsider = principal(far, "cdq" + s, Role.TOWNSHIP_STAFF);
        grid = CareFixtures.grid(grids, VILLAGE, worker.username());
    }

    private StaffPrincipal principal(UnitView unit, String username, Role role) {
        var a = accounts.create(province, new NewAccount(username, "关爱" + username, unit.id(), Set.of(role), "Care#Test2026",
                null, null));
        return new StaffPrincipal(a.id(), username, "关爱" + username, unit.id(), unit.name(), unit.kind(), unit.region(),
                Set.of(role), false);
    }

    private PersonView elder(String name, String phone) {
        return registry.register(villageStaff, new NewPerson(name + s, "ELDERLY_ALONE", Risk.NORMAL, CareFixtures.elderId(),
                phone, "玉林北路2号3栋", "高血压，独居", grid));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void registersWithTheIdSealedAndAWeeklyPlanForTheElderlyLivingAlone() {
        PersonView p = elder("王大爷", CareFixtures.mobile());
        assertThat(p.residentIdMasked()).matches("510107\\*{8}\\d{3}[\\dX]");
        assertThat(p.visitDays()).isEqualTo(7);
        // registered today: due by 24:00 of the seventh day after today
        var today = clock.instant().atZone(org.shegong.ShegongApplication.ZONE).toLocalDate();
        assertThat(p.nextDueAt()).isEqualTo(today.plusDays(8).atStartOfDay(org.shegong.ShegongApplication.ZONE).toInstant());
        byte[] stored = jdbc.sql("SELECT resident_id_cipher FROM care_person WHERE id = :id").param("id", p.id().value())
                .query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("510107");
        PersonView high = registry.assign(villageStaff, p.id(), new AssignVisitor(VisitorKind.GRID_WORKER, worker.username(),
                null, null, Risk.HIGH));
        assertThat(high.visitDays()).isEqualTo(3);
        assertThat(high.visitorName()).isEqualTo(worker.displayName());
    }

    @Test
    void anInvalidResidentIdIsRefusedInBothLanguagesAndNothingIsStored() throws Exception {
        long before = count("care_person");
        String bad = CareFixtures.elderId();
        bad = bad.substring(0, 17) + (bad.charAt(17) == '1' ? '2' : '1');
        String body = mvc.perform(post("/api/v1/care/people").with(StaffFixtures.as(villageStaff))
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("""
                                {"name":"李奶奶","groupCode":"ELDERLY_ALONE","residentId":"%s","gridCode":"%s"}""".formatted(bad, grid)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("residentId").containsIgnoringCase("check");
        String zh = mvc.perform(post("/care/people").with(StaffFixtures.as(villageStaff)).header("Accept-Language", "zh-CN")
                        .param("name", "李奶奶").param("groupCode", "ELDERLY_ALONE").param("residentId", bad).param("gridCode", grid))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("校验");
        assertThat(count("care_person")).isEqualTo(before);
    }

    @Test
    void aGridWorkerLogsVisitsOnlyInTheirOwnGrids() throws Exception {
        PersonView p = elder("赵大爷", null);
        long visitsBefore = count("care_visit");
        String refused = mvc.perform(post("/api/v1/care/people/" + p.id() + "/visits").with(StaffFixtures.as(otherWorker))
                        .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"place\":\"家中\",\"seen\":\"精神尚可\"}"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("not in one of your grids");
        assertThat(count("care_visit")).isEqualTo(visitsBefore);
        assertThat(registry.find(worker, p.id()).allowed()).contains(CareStep.LOG_VISIT);
        assertThat(registry.find(otherWorker, p.id()).allowed()).doesNotContain(CareStep.LOG_VISIT);
        Instant at = clock.instant().minus(Duration.ofHours(1));
        visits.log(worker, p.id(), new NewVisit(at, "家中", "精神尚可，冰箱食物充足", "想换一副老花镜", null, null), null);
        PersonView after = registry.find(worker, p.id());
        assertThat(after.visits()).singleElement().satisfies(v -> assertThat(v.onTime()).isTrue());
        var day = at.atZone(org.shegong.ShegongApplication.ZONE).toLocalDate();
        assertThat(after.nextDueAt()).isEqualTo(day.plusDays(8).atStartOfDay(org.shegong.ShegongApplication.ZONE).toInstant());
        // out of region: 404, nothing changed
        assertThatThrownBy(() -> visits.log(outsider, p.id(), new NewVisit(null, "家中", "看望", null, null, null), null))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aPhotoTooLargeOrNotAnImageIsRefusedAndNothingChanges() throws Exception {
        PersonView p = elder("钱奶奶", null);
        long before = count("care_visit");
        byte[] big = new byte[VisitPhoto.MAX_BYTES + 1];
        big[0] = (byte) 0xff;
        big[1] = (byte) 0xd8;
        big[2] = (byte) 0xff;
        String tooBig = mvc.perform(multipart("/care/people/" + p.id() + "/visits").file(new MockMultipartFile("photo", "a.jpg",
                        "image/jpeg", big)).param("place", "家中").param("seen", "看望").param("lang", "en").with(StaffFixtures.as(worker)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(tooBig).contains("larger than 3 MB");
        String notImage = mvc.perform(multipart("/care/people/" + p.id() + "/visits").file(new MockMultipartFile("photo", "a.jpg",
                        "image/jpeg", "<svg onload=alert(1)>".getBytes())).param("place", "家中").param("seen", "看望")
                        .with(StaffFixtures.as(worker)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(notImage).contains("JPEG、PNG 或 WebP");
        assertThat(count("care_visit")).isEqualTo(before);
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0 };
        mvc.perform(multipart("/care/people/" + p.id() + "/visits").file(new MockMultipartFile("photo", "p.png", "image/png", png))
                        .param("place", "家中").param("seen", "看望，状态良好").with(StaffFixtures.as(worker)))
                .andExpect(status().is3xxRedirection());
        long visitId = registry.find(worker, p.id()).visits().get(0).id();
        mvc.perform(get("/care/visits/" + visitId + "/photo").with(StaffFixtures.as(worker)))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .content().contentType("image/png"));
        mvc.perform(get("/care/visits/" + visitId + "/photo").with(StaffFixtures.as(outsider))).andExpect(status().isNotFound());
    }

    @Test
    void anOverdueVisitIsNoticedOnItsFirstLateDayAndEscalatedToTheTownshipAfterThreeFullDays() {
        PersonView p = elder("孙大爷", null);
        // due by 24:00 of a day three weeks ahead (stored as 00:00 of the next day), and the sweep run at instants
        // around it: the recurring sweep, which runs at the present, can never touch this person meanwhile
        Instant due = clock.instant().atZone(org.shegong.ShegongApplication.ZONE).toLocalDate().plusDays(21)
                .atStartOfDay(org.shegong.ShegongApplication.ZONE).toInstant();
        jdbc.sql("UPDATE care_person SET next_due_at = :d WHERE id = :id").param("d", Timestamp.from(due)).param("id", p.id().value()).update();
        sweep.sweep(due.minusSeconds(1));
        assertThat(marks(p.id())).containsExactly(false, false);
        sweep.sweep(due);
        assertThat(marks(p.id())).containsExactly(true, false);
        Instant escalates = due.plus(Duration.ofDays(VisitSchedule.ESCALATE_AFTER_DAYS));
        sweep.sweep(escalates.minusSeconds(1));
        assertThat(marks(p.id())).containsExactly(true, false);
        sweep.sweep(escalates);
        assertThat(marks(p.id())).containsExactly(true, true);
        // each stage once, to the right unit: what the sweep handed to the notify module (its notices are tested in
        // notify.CareNoticesTests; delivery is asynchronous and waits behind other modules' events)
        sweep.sweep(escalates.plusSeconds(60));
        assertThat(published("CareVisitOverdue", p.id())).singleElement().satisfies(e -> assertThat(e)
                .contains("\"unitId\":" + community.id() + ",", "\"maskedName\":\"孙*", "独居老人").doesNotContain("孙大爷"));
        // the township office of the person's township (other tests make their own offices in the same township)
        assertThat(published("CareVisitEscalated", p.id())).singleElement().satisfies(e -> {
            assertThat(e).contains("\"days\":3");
            long unitId = Long.parseLong(e.replaceAll(".*\"unitId\":(\\d+),.*", "$1"));
            UnitView unit = units.byId(UnitId.of(unitId)).orElseThrow();
            assertThat(unit.kind()).isEqualTo(UnitKind.TOWNSHIP_OFFICE);
            assertThat(unit.region().value()).isEqualTo(TOWNSHIP);
        });
        visits.log(worker, p.id(), new NewVisit(null, "家中", "已上门", null, null, null), null);
        assertThat(marks(p.id())).containsExactly(false, false);
        assertThat(statistics.overdue(township, null, 1000)).noneMatch(o -> o.id().equals(p.id()));
    }

    /** The serialized events of a type for a person, as the publication registry holds them for notify's listener. */
    private List<String> published(String type, PersonId personId) {
        return jdbc.sql("""
                SELECT serialized_event FROM event_publication WHERE event_type LIKE :type AND listener_id LIKE '%CareNotices%'
                  AND serialized_event LIKE :person""")
                .param("type", "%." + type).param("person", "%\"personId\":" + personId + ",%").query(String.class).list();
    }

    private List<Boolean> marks(PersonId personId) {
        return jdbc.sql("SELECT notified_at IS NOT NULL, escalated_at IS NOT NULL FROM care_person WHERE id = :id")
                .param("id", personId.value()).query((rs, n) -> List.of(rs.getBoolean(1), rs.getBoolean(2))).single();
    }

    @Test
    void aNeedBecomesADemandAndClosingTheDemandSettlesTheNeed() {
        PersonView p = elder("周奶奶", null);
        long visit = visits.log(worker, p.id(), new NewVisit(null, "家中", "屋顶漏雨", null, null, "屋顶漏雨需要维修" + s), null);
        long needId = registry.find(worker, p.id()).needs().get(0).id();
        assertThat(registry.find(worker, p.id()).needs().get(0).visitId()).isEqualTo(visit);
        String code = referrals.toDemand(worker, needId, "SB-02", "13877776543", "周奶奶家属");
        PersonView.Need referred = registry.find(worker, p.id()).needs().get(0);
        assertThat(referred.kind()).isEqualTo(NeedKind.DEMAND);
        assertThat(referred.status()).isEqualTo("REFERRED");
        assertThat(referred.demandCode()).isEqualTo(code);
        var demand = demands.find(province.scope(), new DemandId(referred.demandId()));
        assertThat(demand.matter()).contains("CN-" + needId, "屋顶漏雨需要维修" + s);
        assertThat(demand.channel()).isEqualTo(org.shegong.demand.Channel.PARTNER);
        assertThatThrownBy(() -> referrals.toDemand(worker, needId, "SB-02", "13877776543", null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("care.need.referred");
        StaffPrincipal handler = StaffFixtures.staff(township.accountId().value(), township.username(), office.id().value(), office.name(),
                UnitKind.TOWNSHIP_OFFICE, TOWNSHIP, Role.TOWNSHIP_STAFF);
        demands.dispatch(province, demand.id(), new DemandManagement.Dispatch(office.id().value(), List.of(), "属地街道"));
        demands.accept(handler, demand.id());
        demands.reply(handler, demand.id(), "已联系物业完成屋顶维修");
        assertThat(demands.close(province, demand.id()).status()).isEqualTo(DemandStatus.CLOSED);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            PersonView.Need done = registry.find(worker, p.id()).needs().get(0);
            assertThat(done.status()).isEqualTo("DONE");
            assertThat(done.outcome()).contains("工单已办结");
            assertThat(done.doneAt()).isNotNull();
        });
    }

    @Autowired
    OrganizationManagement organizations;
    @Autowired
    VolunteerRegistry volunteers;
    @Autowired
    AttendanceManagement attendance;

    @Test
    void aNeedBecomesAVolunteerTaskAndItsCompletionIsWrittenBack() {
        PersonView p = elder("吴大爷", null);
        long needId = visits.raiseNeed(villageStaff, p.id(), null, "需要志愿者陪同就医" + s);
        OrganizationView team = organizations.register(villageStaff, "玉林北路关爱志愿队" + s);
        team = organizations.decide(province, team.id(), true, "");
        Instant start = clock.instant().plus(Duration.ofMinutes(1));
        ActivityView a = referrals.toVolunteerTask(villageStaff, needId, new NewActivity(team.id(), "陪同就医" + s, null, grid,
                "玉林北路2号", org.shegong.volunteer.Risk.LOW, false, null, null,
                List.of(new NewActivity.Shift("陪同", null, start, start.plusSeconds(7200), 1))));
        assertThat(a.source()).isNotNull();
        assertThat(a.source().kind()).isEqualTo(NeedReferrals.TASK_SOURCE);
        assertThat(a.source().reference()).isEqualTo(Long.toString(needId));
        assertThat(a.source().link()).isEqualTo("/care/needs/" + needId);
        assertThat(a.task()).isTrue();
        PersonView.Need referred = registry.find(villageStaff, p.id()).needs().get(0);
        assertThat(referred.kind()).isEqualTo(NeedKind.VOLUNTEER_TASK);
        assertThat(referred.activityId()).isEqualTo(a.id().value());
        VolunteerProfile v = volunteers.register(new org.shegong.volunteer.RegisterVolunteer("冯志愿" + s.substring(0, 2),
                CareFixtures.idNumber(java.time.LocalDate.of(1990, 5, 5)), CareFixtures.mobile(), "Volunteer2026", "",
                java.util.EnumSet.of(org.shegong.volunteer.Availability.WEEKEND), VILLAGE, null, null, false));
        activities().signUp(v.id(), a.shifts().get(0).id());
        Instant in = clock.instant().minus(Duration.ofHours(2));
        AttendanceRow r = attendance.enter(villageStaff, a.shifts().get(0).id(), List.of(new AttendanceManagement.Entry(v.number(),
                in, in.plus(Duration.ofMinutes(120))))).get(0);
        attendance.confirm(villageStaff, r.attendanceId(), null, null);
        attendance.completeTask(villageStaff, a.id());
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            PersonView.Need done = registry.find(villageStaff, p.id()).needs().get(0);
            assertThat(done.status()).isEqualTo("DONE");
            assertThat(done.outcome()).contains("志愿服务已完成", "1 名志愿者", "2.0 小时");
        });
    }

    @Autowired
    org.shegong.volunteer.ActivityManagement activityManagement;

    private org.shegong.volunteer.ActivityManagement activities() {
        return activityManagement;
    }

    @Test
    void aNeedReferredToDisputeIsRegisteredInTheDisputeModuleWithItsNumberAndCannotBeReferredTwice() {
        PersonView p = elder("郑奶奶", null);
        long needId = visits.raiseNeed(worker, p.id(), null, "与邻居因院墙边界发生争执" + s);
        assertThatThrownBy(() -> referrals.toDispute(worker, needId, new NeedReferrals.DisputeReferral(
                org.shegong.dispute.DisputeKind.NEIGHBOURS, "", null, null, null)))
                .as("the other party is required by the dispute register").isInstanceOf(InvalidInput.class);
        assertThat(registry.find(worker, p.id()).needs().get(0).kind()).as("nothing recorded on a refusal").isNull();

        String number = referrals.toDispute(worker, needId, new NeedReferrals.DisputeReferral(
                org.shegong.dispute.DisputeKind.NEIGHBOURS, "隔壁王大爷", null, null, "双方情绪激动"));
        assertThat(number).isNotBlank();
        PersonView.Need n = registry.find(worker, p.id()).needs().get(0);
        assertThat(n.kind()).isEqualTo(NeedKind.DISPUTE);
        assertThat(n.status()).isEqualTo("REFERRED");
        assertThat(n.disputeRef()).isEqualTo(number);
        record Registered(String source, String sourceRef, String facts) {
        }
        Registered d = jdbc.sql("SELECT source, source_ref, facts FROM dispute WHERE case_number = :n").param("n", number)
                .query(Registered.class).single();
        assertThat(d.source()).isEqualTo("CARE_VISIT");
        assertThat(d.sourceRef()).isEqualTo("care-need:" + needId);
        assertThat(d.facts()).contains("院墙边界", "双方情绪激动");
        assertThatThrownBy(() -> referrals.toDispute(worker, needId, new NeedReferrals.DisputeReferral(
                org.shegong.dispute.DisputeKind.NEIGHBOURS, "隔壁王大爷", null, null, null))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void sealedDataIsHiddenFromThoseWithoutNeedAndEveryRevealIsAudited() throws Exception {
        PersonView child = registry.register(villageStaff, new NewPerson("陈小明" + s, "LEFT_BEHIND_CHILD", null,
                CareFixtures.childId(), null, null, "父母在外务工，由祖母监护；哮喘", grid));
        assertThat(registry.find(villageStaff, child.id()).name()).startsWith("陈").doesNotContain("小明");
        assertThat(registry.find(township, child.id()).name()).isEqualTo("陈小明" + s);
        assertThat(registry.list(villageStaff, "LEFT_BEHIND_CHILD", null, 500)).filteredOn(r -> r.id().equals(child.id()))
                .singleElement().satisfies(r -> assertThat(r.name()).doesNotContain("小明"));
        // the village staff and an unassigned grid worker have no need to know: refused, and the attempt is audited
        assertThatThrownBy(() -> registry.reveal(villageStaff, child.id(), CareRegistry.Sealed.NOTES, "核对情况"))
                .isInstanceOf(NotPermitted.class).hasMessageContaining("care.rule.needToKnow");
        String refused = mvc.perform(post("/api/v1/care/people/" + child.id() + "/reveal").with(StaffFixtures.as(worker))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"NOTES\",\"purpose\":\"走访准备\"}"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refused).doesNotContain("哮喘");
        assertThat(audit.search(villageStaff.username(), "pii.reveal", 10, Long.MAX_VALUE))
                .anySatisfy(e -> {
                    assertThat(e.target()).isEqualTo("care-person:" + child.id() + ":NOTES");
                    assertThat(e.outcome()).isEqualTo("DENIED");
                });
        // township (civil affairs) may, audited with the purpose
        assertThat(registry.reveal(township, child.id(), CareRegistry.Sealed.NOTES, "安排心理辅导")).contains("哮喘");
        assertThat(audit.search(township.username(), "pii.reveal", 10, Long.MAX_VALUE))
                .anySatisfy(e -> {
                    assertThat(e.target()).isEqualTo("care-person:" + child.id() + ":NOTES");
                    assertThat(e.outcome()).isEqualTo("OK");
                    assertThat(e.detail()).contains("安排心理辅导");
                });
        // once assigned, the grid worker needs to know
        registry.assign(villageStaff, child.id(), new AssignVisitor(VisitorKind.GRID_WORKER, worker.username(), null, null, null));
        String shown = mvc.perform(post("/api/v1/care/people/" + child.id() + "/reveal").with(StaffFixtures.as(worker))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"RESIDENT_ID\",\"purpose\":\"办理就学补助\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).containsPattern("\"value\":\"510107\\d{11}[\\dX]\"");
        assertThat(mvc.perform(get("/care/people/" + child.id()).with(StaffFixtures.as(villageStaff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("哮喘", "小明");
        // out of region: the record does not exist
        assertThatThrownBy(() -> registry.reveal(outsider, child.id(), CareRegistry.Sealed.NOTES, "查看"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aRegisteredCallerIsFlaggedToTheHotlineOperatorWithTheGroupOnly() throws Exception {
        String phone = CareFixtures.mobile();
        elder("冯大爷", phone);
        List<CallerFlags.Flag> flags = callerFlags.stream()
                .flatMap(f -> f.flagsFor(new MobileNumber(phone), Scope.of(org.shegong.region.RegionCode.of("510107000000"))).stream())
                .toList();
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("重点关爱对象：独居老人");
            assertThat(f.textEn()).isEqualTo("Priority care: Elderly living alone");
        });
        assertThat(callerFlags.stream().flatMap(f -> f.flagsFor(new MobileNumber(CareFixtures.mobile()), Scope.PROVINCE).stream()))
                .isEmpty();
        StaffPrincipal operator = StaffFixtures.staff(9_700_000L + Math.abs(s.hashCode() % 10000), "op" + s, office.id().value(),
                office.name(), UnitKind.GOVERNMENT, "510107000000", Role.HOTLINE_OPERATOR);
        String fragment = mvc.perform(get("/demands/caller-history").param("phone", phone).with(StaffFixtures.as(operator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("重点关爱对象：独居老人").doesNotContain("冯大爷", "高血压", "玉林北路2号");
    }

    @Test
    void gridTasksToDosOverviewAndStatisticsSpeakForCare() throws Exception {
        PersonView p = elder("褚大爷", null);
        PersonView late = elder("卫奶奶", null);
        jdbc.sql("UPDATE care_person SET next_due_at = :d WHERE id = :id")
                .param("d", Timestamp.from(clock.instant().minus(Duration.ofDays(2)))).param("id", late.id().value()).update();
        visits.raiseNeed(worker, p.id(), null, "需要助餐服务");
        var tasks = gridTaskSources.stream().flatMap(g -> g.openTasks(worker, List.of(grid)).stream()).toList();
        // registered today, due in eight days: not yet on the week's list; the overdue one is
        assertThat(tasks).noneMatch(t -> t.link().equals("/care/people/" + p.id()));
        assertThat(tasks).anySatisfy(t -> {
            assertThat(t.link()).isEqualTo("/care/people/" + late.id());
            assertThat(t.kindKey()).isEqualTo("care.task.visit");
            assertThat(t.gridCode()).isEqualTo(grid);
        });
        assertThat(tasks).anySatisfy(t -> assertThat(t.overdue(clock.instant())).isTrue());
        var todos = toDoSources.stream().flatMap(t -> t.today(worker).stream()).toList();
        assertThat(todos).anySatisfy(t -> {
            assertThat(t.titleKey()).isEqualTo("care.todo.overdue");
            assertThat(t.overdue()).isTrue();
        });
        assertThat(todos).anySatisfy(t -> assertThat(t.titleKey()).isEqualTo("care.todo.needs"));
        assertThat(toDoSources.stream().flatMap(t -> t.today(otherWorker).stream()))
                .noneMatch(t -> t.titleKey().startsWith("care."));
        var tile = overviewSources.stream().map(o -> o.tile(township, TOWNSHIP)).flatMap(java.util.Optional::stream)
                .filter(t -> t.titleKey().equals("care.overview.title")).findFirst().orElseThrow();
        assertThat(tile.figures()).extracting(org.shegong.OverviewTile.Figure::labelKey)
                .containsExactly("care.overview.people", "care.overview.dueThisWeek", "care.overview.overdue");
        assertThat(tile.figures().get(2).alert()).isTrue();
        assertThat(overviewSources.stream().map(o -> o.tile(worker, TOWNSHIP)).flatMap(java.util.Optional::stream)
                .filter(t -> t.titleKey().equals("care.overview.title"))).isEmpty();
        var summary = statistics.summary(township, null, null);
        assertThat(summary.byGrid()).isTrue();
        assertThat(summary.coverage()).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo(grid);
            assertThat(c.people()).isGreaterThanOrEqualTo(2);
            assertThat(c.overdue()).isGreaterThanOrEqualTo(1);
        });
        assertThat(statistics.summary(outsider, null, null).coverage()).noneMatch(c -> c.code().equals(grid));
        byte[] xlsx = mvc.perform(get("/care/statistics.xlsx").with(StaffFixtures.as(township)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetAt(2).getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(2);
        }
        assertThatThrownBy(() -> statistics.summary(township, java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2026, 6, 1)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void pagesRenderForTheirRoles() throws Exception {
        PersonView p = elder("蒋大爷", CareFixtures.mobile());
        for (String page : List.of("/care", "/care/people/" + p.id(), "/care/overdue", "/care/needs", "/care/statistics")) {
            mvc.perform(get(page).with(StaffFixtures.as(township))).andExpect(status().isOk());
        }
        for (String page : List.of("/care", "/care/statistics")) {
            assertThat(mvc.perform(get(page).with(StaffFixtures.as(township))).andReturn().getResponse().getContentAsString())
                    .as("%s names the group, not its code", page).contains(">独居老人<").doesNotContain(">ELDERLY_ALONE<");
        }
        String mine = mvc.perform(get("/care/my").with(StaffFixtures.as(worker))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(mine).contains(grid);
        mvc.perform(get("/care/groups").with(StaffFixtures.as(province))).andExpect(status().isOk());
        mvc.perform(post("/care/groups").with(StaffFixtures.as(province)).param("code", "LONELY_" + s.toUpperCase().replaceAll("[^A-Z0-9]", "X"))
                .param("nameZh", "失独家庭").param("nameEn", "Families who lost their only child").param("visitDays", "14"))
                .andExpect(status().is3xxRedirection());
        assertThat(registry.groups()).anySatisfy(g -> assertThat(g.nameZh()).isEqualTo("失独家庭"));
        mvc.perform(post("/care/groups").with(StaffFixtures.as(province)).param("code", "X").param("nameZh", "坏")
                .param("nameEn", "bad").param("visitDays", "0")).andExpect(status().isBadRequest());
    }
}
