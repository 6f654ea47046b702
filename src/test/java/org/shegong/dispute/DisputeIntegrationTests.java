package org.shegong.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.shegong.petition.PetitionId;
import org.shegong.demand.DemandId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.Role;
import org.shegong.calendar.WorkingCalendar;
import org.shegong.demand.DemandKind;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.SubmitDemand;
import org.shegong.identity.AccountManagement;
import org.shegong.identity.GridTaskSource;
import org.shegong.identity.OverviewSource;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.ToDoSource;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.petition.Category;
import org.shegong.petition.Channel;
import org.shegong.petition.PetitionManagement;
import org.shegong.petition.RegisterPetition;
import org.shegong.region.Grid;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Dispute screening and mediation end to end on embedded PostgreSQL: a village settles a dispute by agreement (PDF, the
 * 30-day confirmation window at day 30/31, performance), refusal of consent, escalation and the settled level, bad input
 * changing nothing, accuser confidentiality through the petition module, a demand turned into a dispute, the care
 * registration API, screening coverage, and the to-do, grid-task and overview contributions.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DisputeIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;
    @Autowired
    DisputeRegister register;
    @Autowired
    Mediation mediation;
    @Autowired
    Committees committees;
    @Autowired
    Screenings screenings;
    @Autowired
    DisputeStatistics statistics;
    @Autowired
    Grids grids;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    PetitionManagement petitions;
    @Autowired
    DemandManagement demands;
    @Autowired
    List<ToDoSource> toDos;
    @Autowired
    List<GridTaskSource> gridTasks;
    @Autowired
    List<OverviewSource> overviews;
    @Autowired
    Clock clock;

    String s;
    Grid grid;
    String village;
    StaffPrincipal villageStaff;
    StaffPrincipal gridWorker;
    StaffPrincipal otherWorker;
    StaffPrincipal township;
    StaffPrincipal county;
    StaffPrincipal dongqu;

    @BeforeEach
    void people() {
        s = UUID.randomUUID().toString().substring(0, 6);
        grid = grids.inTownship(RegionCode.of("510107005000")).get(0);
        village = grid.villageCode().value();
        villageStaff = DisputeFixtures.staff(units, accounts, "tjv" + s, "调解社区" + s, UnitKind.VILLAGE_COMMITTEE, village,
                Role.VILLAGE_STAFF);
        gridWorker = DisputeFixtures.staff(units, accounts, "tjg" + s, "网格社区" + s, UnitKind.VILLAGE_COMMITTEE, village,
                Role.GRID_WORKER);
        otherWorker = DisputeFixtures.staff(units, accounts, "tjo" + s, "另一网格" + s, UnitKind.VILLAGE_COMMITTEE, village,
                Role.GRID_WORKER);
        township = DisputeFixtures.staff(units, accounts, "tjt" + s, "调解街道" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000",
                Role.TOWNSHIP_STAFF);
        county = DisputeFixtures.staff(units, accounts, "tjc" + s, "武侯区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510107000000", Role.COUNTY_ADMIN);
        dongqu = DisputeFixtures.staff(units, accounts, "tjd" + s, "东区街道" + s, UnitKind.TOWNSHIP_OFFICE, "510402001000",
                Role.TOWNSHIP_STAFF);
        committees.create(township, village, "玉林调委会" + s, DisputeFixtures.members(s), LocalDate.now(clock).minusYears(1));
    }

    private DisputeView walkIn(StaffPrincipal who, String facts, String... names) {
        return register.register(who, new NewDispute(DisputeKind.NEIGHBOURS, facts, grid.code().value(), "8栋1单元",
                Risk.MEDIUM, DisputeSource.WALK_IN, null,
                java.util.Arrays.stream(names).map(n -> new NewDispute.Party(n, null)).toList(), null));
    }

    private long version(DisputeId id) {
        return jdbc.sql("SELECT version FROM dispute WHERE id = :id").param("id", id.value()).query(Long.class).single();
    }

    private static String key(Runnable r) {
        try {
            r.run();
        } catch (InvalidInput e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aVillageSettlesADisputeByAgreementWithinTheConfirmationWindowAndFollowsUpPerformance() throws Exception {
        var before = statistics.figures(Scope.of(RegionCode.of(village)));
        String id1 = DisputeFixtures.residentId();
        DisputeView d = register.register(villageStaff, new NewDispute(DisputeKind.NEIGHBOURS, "院墙渗水" + s,
                grid.code().value(), "8栋", Risk.LOW, DisputeSource.WALK_IN, null,
                List.of(new NewDispute.Party("赵甲" + s, id1), new NewDispute.Party("钱乙" + s, null)), null));
        assertThat(d.parties().get(0).idMasked()).isEqualTo(id1.substring(0, 6) + "********" + id1.substring(14));
        assertThat(jdbc.sql("SELECT count(*) FROM dispute_party WHERE dispute_id = :id AND id_index IS NOT NULL "
                + "AND id_cipher IS NOT NULL").param("id", d.id().value()).query(Long.class).single()).isEqualTo(1);
        assertThat(d.holderLevel()).isEqualTo(Level.VILLAGE);
        assertThat(d.may("MEDIATE")).isTrue();

        mediation.recordConsent(villageStaff, d.id(), 1, Consent.GIVEN);
        assertThat(key(() -> mediation.start(villageStaff, d.id()))).isEqualTo("dispute.consent.missing");
        mediation.recordConsent(villageStaff, d.id(), 2, Consent.GIVEN);
        DisputeView started = mediation.start(villageStaff, d.id());
        assertThat(started.status()).isEqualTo(DisputeStatus.MEDIATING);
        assertThat(started.committeeName()).isEqualTo("玉林调委会" + s);
        assertThat(started.mediationDue()).isEqualTo(MediationRules.monthLimit(calendar, LocalDate.now(clock), 1,
                grid.code().value()).date());
        assertThat(started.mediationDueNote()).isNotBlank();
        mediation.recordSession(villageStaff, d.id(), LocalDate.now(clock), "张调解员", "双方陈述，现场查看渗水点");

        // an agreement without terms: refused, nothing changed
        long v = version(d.id());
        assertThat(key(() -> mediation.agree(villageStaff, d.id(), "事实", "", "现金", LocalDate.now(clock).plusDays(10))))
                .isEqualTo("dispute.agreement.terms");
        assertThat(version(d.id())).isEqualTo(v);
        DisputeView agreed = mediation.agree(villageStaff, d.id(), "钱乙家卫生间渗水至赵甲家", "钱乙于十日内修复防水层并赔偿500元",
                "现金当面支付", LocalDate.now(clock).plusDays(10));
        assertThat(agreed.status()).isEqualTo(DisputeStatus.AGREED);

        byte[] pdf = mediation.agreementPdf(villageStaff, d.id());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("人民调解协议书", "赵甲" + s, "钱乙" + s, "赔偿500元", "现金当面支付");
        }

        assertThat(key(() -> mediation.sign(villageStaff, d.id(), null, true, true, false))).isEqualTo("dispute.agreement.notSigned");
        DisputeView effective = mediation.sign(villageStaff, d.id(), null, true, true, true);
        assertThat(effective.status()).isEqualTo(DisputeStatus.EFFECTIVE);
        assertThat(effective.settledLevel()).isEqualTo(Level.VILLAGE);
        assertThat(effective.confirmationDue()).isEqualTo(
                MediationRules.confirmationWindow(calendar, LocalDate.now(clock), grid.code().value()).date());

        // move the agreement's effect into the past, to a day whose 30th day is a working day: day 31 refused, day 30 taken
        LocalDate eff = LocalDate.now(clock).minusDays(45);
        while (!calendar.isWorkingDay(eff.plusDays(30), grid.code().value())) {
            eff = eff.minusDays(1);
        }
        LocalDate effectiveOn = eff;
        jdbc.sql("UPDATE dispute SET effective_on = :on WHERE id = :id").param("on", effectiveOn).param("id", d.id().value()).update();
        long v2 = version(d.id());
        assertThat(key(() -> mediation.requestConfirmation(gridWorker, d.id(), effectiveOn.plusDays(31))))
                .isEqualTo("dispute.confirmation.late");
        assertThat(version(d.id())).isEqualTo(v2);
        assertThat(mediation.requestConfirmation(gridWorker, d.id(), effectiveOn.plusDays(30)).confirmationOn())
                .isEqualTo(effectiveOn.plusDays(30));

        mediation.recordPerformance(gridWorker, d.id(), false, "已修复防水层，赔偿款未付");
        DisputeView performed = mediation.recordPerformance(gridWorker, d.id(), true, "赔偿款已付清");
        assertThat(performed.status()).isEqualTo(DisputeStatus.PERFORMED);
        assertThat(performed.timeline()).extracting(DisputeView.Event::step).contains("REGISTER", "MEDIATE", "FOLLOW_UP");

        var after = statistics.figures(Scope.of(RegionCode.of(village)));
        assertThat(after.settledByLevel().getOrDefault(Level.VILLAGE, 0L))
                .isEqualTo(before.settledByLevel().getOrDefault(Level.VILLAGE, 0L) + 1);
        assertThat(after.total()).isEqualTo(before.total() + 1);
    }

    @Test
    void aRefusalOfConsentForbidsMediationAndAStopEndsItWithTheNoticeOfOtherRoutes() {
        DisputeView d = walkIn(villageStaff, "停车位争执" + s, "孙丙" + s, "李丁" + s);
        mediation.recordConsent(villageStaff, d.id(), 1, Consent.GIVEN);
        mediation.recordConsent(villageStaff, d.id(), 2, Consent.REFUSED);
        long v = version(d.id());
        assertThat(key(() -> mediation.start(villageStaff, d.id()))).isEqualTo("dispute.consent.refused");
        assertThat(version(d.id())).isEqualTo(v);
        assertThat(register.find(villageStaff, d.id()).status()).isEqualTo(DisputeStatus.REGISTERED);
        DisputeView failed = mediation.fail(villageStaff, d.id(), "一方拒绝调解");
        assertThat(failed.status()).isEqualTo(DisputeStatus.FAILED);
        assertThat(failed.failedAt()).isNotNull();

        DisputeView e = walkIn(villageStaff, "噪音扰民" + s, "周戊" + s, "吴己" + s);
        mediation.recordConsent(villageStaff, e.id(), 1, Consent.GIVEN);
        mediation.recordConsent(villageStaff, e.id(), 2, Consent.GIVEN);
        mediation.start(villageStaff, e.id());
        assertThat(key(() -> mediation.extend(villageStaff, e.id(), false, 10))).isEqualTo("dispute.extension.consent");
        DisputeView extended = mediation.extend(villageStaff, e.id(), true, 10);
        assertThat(extended.extendedDays()).isEqualTo(10);
        DisputeView stopped = mediation.recordConsent(villageStaff, e.id(), 2, Consent.STOPPED);
        assertThat(stopped.status()).isEqualTo(DisputeStatus.FAILED);
        assertThat(stopped.parties().get(1).consent()).isEqualTo(Consent.STOPPED);
    }

    @Test
    void escalationMovesTheHolderUpAndTheSettledLevelIsTheHolders() {
        var before = statistics.figures(Scope.of(RegionCode.of("510107005000")));
        DisputeView d = walkIn(villageStaff, "宅基地边界" + s, "郑庚" + s, "王辛" + s);
        DisputeView up = mediation.escalate(villageStaff, d.id(), "村级调解未果");
        assertThat(up.holderLevel()).isEqualTo(Level.TOWNSHIP);
        assertThat(up.holderRegionCode()).isEqualTo("510107005000");
        assertThat(up.may("MEDIATE")).isFalse();
        assertThat(register.find(villageStaff, d.id()).may("MEDIATE")).isFalse();
        assertThatThrownBy(() -> mediation.recordConsent(villageStaff, d.id(), 1, Consent.GIVEN))
                .isInstanceOf(NotPermitted.class).extracting(e -> ((NotPermitted) e).rule()).isEqualTo("dispute.rule.holder");
        assertThat(register.find(township, d.id()).may("MEDIATE")).isTrue();
        mediation.recordConsent(township, d.id(), 1, Consent.GIVEN);
        mediation.recordConsent(township, d.id(), 2, Consent.GIVEN);
        mediation.start(township, d.id());
        mediation.agree(township, d.id(), "界址争议", "以1998年确权图为准重新立界桩", "街道现场放线", LocalDate.now(clock).plusDays(7));
        DisputeView settled = mediation.sign(township, d.id(), null, true, true, true);
        assertThat(settled.settledLevel()).isEqualTo(Level.TOWNSHIP);
        var after = statistics.figures(Scope.of(RegionCode.of("510107005000")));
        assertThat(after.settledByLevel().getOrDefault(Level.TOWNSHIP, 0L))
                .isEqualTo(before.settledByLevel().getOrDefault(Level.TOWNSHIP, 0L) + 1);

        DisputeView top = walkIn(villageStaff, "征地补偿" + s, "冯壬" + s, "陈癸" + s);
        mediation.escalate(villageStaff, top.id(), "涉及征地");
        DisputeView atCounty = mediation.escalate(township, top.id(), "街道无权决定补偿");
        assertThat(atCounty.holderLevel()).isEqualTo(Level.COUNTY);
        assertThat(atCounty.holderRegionCode()).isEqualTo("510107000000");
        assertThat(atCounty.may("ESCALATE")).isFalse();
        assertThat(key(() -> mediation.escalate(county, top.id(), "再上交"))).isEqualTo("dispute.escalation.top");
    }

    @Test
    void badInputIsRefusedInBothLanguagesAndNothingIsStored() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM dispute").query(Long.class).single();
        String bad = DisputeFixtures.wrongCheck(DisputeFixtures.residentId());
        assertThat(key(() -> register.register(villageStaff, new NewDispute(DisputeKind.FAMILY, "赡养纠纷" + s,
                village, null, Risk.LOW, null, null,
                List.of(new NewDispute.Party("甲", bad), new NewDispute.Party("乙", null)), null))))
                .isEqualTo("identity.idNumber.checkDigit");
        assertThat(key(() -> register.register(villageStaff, new NewDispute(DisputeKind.FAMILY, "打架" + s, village, null,
                Risk.VIOLENCE, null, null, List.of(new NewDispute.Party("甲", null), new NewDispute.Party("乙", null)), null))))
                .isEqualTo("dispute.police.required");
        assertThat(key(() -> register.register(villageStaff, new NewDispute(DisputeKind.FAMILY, "单方" + s, village, null,
                Risk.LOW, null, null, List.of(new NewDispute.Party("甲", null)), null)))).isEqualTo("dispute.parties.count");
        mvc.perform(post("/api/v1/disputes").with(as(villageStaff)).contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"FAMILY","facts":"赡养","regionCode":"%s","parties":[{"name":"甲","idNumber":"%s"},{"name":"乙"}]}"""
                .formatted(village, bad)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").isNotEmpty())
                .andExpect(jsonPath("$.errorEn").isNotEmpty());
        assertThat(jdbc.sql("SELECT count(*) FROM dispute").query(Long.class).single()).isEqualTo(before);

        DisputeView violent = register.register(gridWorker, new NewDispute(DisputeKind.FAMILY, "持刀威胁" + s, village, null,
                Risk.VIOLENCE, null, null, List.of(new NewDispute.Party("甲", null), new NewDispute.Party("乙", null)),
                "已电话报告玉林派出所值班民警"));
        assertThat(violent.policeReportedAt()).isNotNull();
        assertThat(violent.may("REPORT_POLICE")).isFalse();

        DisputeView d = walkIn(villageStaff, "页面错误" + s, "甲" + s, "乙" + s);
        String page = mvc.perform(post("/disputes/" + d.id() + "/mediation").with(as(villageStaff)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("调解须经各方当事人同意").contains("Mediation needs the consent of every party");
    }

    @Test
    void aDisputeFromAnAccusationIsSeenOnlyByThoseWhoSeeThePetition() {
        StaffPrincipal officer = DisputeFixtures.staff(units, accounts, "tjx" + s, "武侯区信访局" + s, UnitKind.GOVERNMENT,
                "510107000000", Role.PETITION_OFFICER);
        PetitionId petition = petitions.register(new RegisterPetition(Channel.LETTER, false,
                List.of(new RegisterPetition.PetitionerInput("举报人" + s, "13800001234", null, false)),
                "检举社区干部在调解中收受好处" + s, List.of(), "510107005000", Category.ACCUSATION, null, List.of()), officer).id();
        long total = statistics.figures(Scope.of(RegionCode.of(village))).total();
        DisputeView d = register.register(officer, new NewDispute(DisputeKind.OTHER, "举报所涉邻里纠纷" + s, village, null,
                Risk.LOW, DisputeSource.PETITION, petition.value(),
                List.of(new NewDispute.Party("举报人" + s, null), new NewDispute.Party("被举报人" + s, null)), null));
        assertThat(d.confidential()).isTrue();
        assertThat(d.sourceRef()).isEqualTo(Long.toString(petition.value()));
        // the village (where the accused may sit) sees neither the dispute nor its line nor a task; the count only
        assertThatThrownBy(() -> register.find(villageStaff, d.id())).isInstanceOf(NotFound.class);
        assertThat(register.list(villageStaff, false, 500)).noneMatch(l -> l.id().equals(d.id()));
        assertThat(statistics.figures(Scope.of(RegionCode.of(village))).total()).isEqualTo(total + 1);
        assertThat(register.find(officer, d.id()).parties()).extracting(DisputeView.PartyView::name).contains("举报人" + s);
        // a petition the caller cannot see cannot be turned into a dispute
        assertThat(key(() -> register.register(villageStaff, new NewDispute(DisputeKind.OTHER, "x", village, null, Risk.LOW,
                DisputeSource.PETITION, petition.value(), List.of(new NewDispute.Party("甲", null), new NewDispute.Party("乙", null)),
                null)))).isEqualTo("dispute.source.unknown");
    }

    @Test
    void aDemandBecomesADisputeWithTheLinkKeptAndCareRegistersThroughItsApi() throws Exception {
        StaffPrincipal operator = DisputeFixtures.staff(units, accounts, "tjh" + s, "武侯区12345" + s, UnitKind.GOVERNMENT,
                "510107000000", Role.HOTLINE_OPERATOR);
        DemandId demand = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, org.shegong.demand.Channel.HOTLINE, "HJ-01",
                "楼上住户长期噪音，多次协商未果" + s, "13800005678", "刘女士", null, null, null, village), operator, null).id();
        assertThat(mvc.perform(get("/demands/" + demand).with(as(operator))).andReturn().getResponse().getContentAsString())
                .as("the demand page offers the operator to register it as a dispute")
                .contains("/disputes?source=DEMAND&amp;sourceId=" + demand);
        assertThat(mvc.perform(get("/disputes").param("source", "DEMAND").param("sourceId", Long.toString(demand.value())).with(as(operator)))
                .andReturn().getResponse().getContentAsString()).as("the register form opens with the demand as its source")
                .contains("value=\"" + demand + "\"");
        DisputeView d = register.register(operator, new NewDispute(DisputeKind.NEIGHBOURS, "噪音纠纷" + s, village, null,
                Risk.LOW, DisputeSource.DEMAND, demand.value(),
                List.of(new NewDispute.Party("刘女士", null), new NewDispute.Party("楼上住户", null)), null));
        assertThat(d.source()).isEqualTo(DisputeSource.DEMAND);
        assertThat(d.sourceRef()).isEqualTo(Long.toString(demand.value()));
        assertThat(key(() -> register.register(dongqu, new NewDispute(DisputeKind.NEIGHBOURS, "x", "510402001002", null,
                Risk.LOW, DisputeSource.DEMAND, demand.value(),
                List.of(new NewDispute.Party("甲", null), new NewDispute.Party("乙", null)), null))))
                .isEqualTo("dispute.source.unknown");
        assertThat(key(() -> register.register(villageStaff, new NewDispute(DisputeKind.NEIGHBOURS, "x", village, null,
                Risk.LOW, DisputeSource.CARE_VISIT, 1L,
                List.of(new NewDispute.Party("甲", null), new NewDispute.Party("乙", null)), null))))
                .isEqualTo("dispute.source.careOnly");

        DisputeView fromCare = register.registerFromCareVisit(gridWorker, "care-visit-" + s, new NewDispute(DisputeKind.FAMILY,
                "独居老人与子女赡养纠纷" + s, grid.code().value(), null, Risk.MEDIUM, null, null,
                List.of(new NewDispute.Party("老人" + s, null), new NewDispute.Party("子女" + s, null)), null));
        assertThat(fromCare.source()).isEqualTo(DisputeSource.CARE_VISIT);
        assertThat(fromCare.sourceRef()).isEqualTo("care-visit-" + s);

        // outside the scope: 404 for the page and the API
        assertThatThrownBy(() -> register.find(dongqu, d.id())).isInstanceOf(NotFound.class);
        mvc.perform(get("/api/v1/disputes/" + d.id()).with(as(dongqu))).andExpect(status().isNotFound());
        mvc.perform(get("/disputes/" + d.id()).with(as(villageStaff))).andExpect(status().isOk());
    }

    @Test
    void aGridWorkerScreensTheAssignedRoundAndCoverageTasksAndTilesFollow() {
        Screenings.Round r = screenings.plan(villageStaff, grid.code().value(), "冬季排查" + s, LocalDate.now(clock),
                LocalDate.now(clock).plusDays(20), gridWorker.accountId().value());
        assertThat(r.households()).isEqualTo(grid.householdCount());
        assertThat(gridTasks.stream().flatMap(g -> g.openTasks(gridWorker, List.of(grid.code().value())).stream()))
                .anyMatch(t -> t.link().equals("/disputes/screenings/" + r.id()));
        assertThat(gridTasks.stream().flatMap(g -> g.openTasks(otherWorker, List.of(grid.code().value())).stream()))
                .noneMatch(t -> t.link().equals("/disputes/screenings/" + r.id()));
        screenings.mark(gridWorker, r.id(), "8栋1单元101", "无矛盾", false);
        Screenings.Round marked = screenings.mark(gridWorker, r.id(), "8栋1单元102", "与楼下因漏水争执", true);
        assertThat(marked.screened()).isEqualTo(2);
        assertThat(marked.withDispute()).isEqualTo(1);
        assertThatThrownBy(() -> screenings.mark(otherWorker, r.id(), "8栋1单元103", "无", false))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> screenings.find(dongqu, r.id())).isInstanceOf(NotFound.class);
        assertThat(statistics.figures(Scope.of(RegionCode.of(village))).coverage())
                .anyMatch(g -> g.gridCode().equals(grid.code().value()) && g.screened() >= 2);
        long itemId = jdbc.sql("SELECT id FROM dispute_screening_item WHERE screening_id = :s AND has_dispute")
                .param("s", r.id()).query(Long.class).single();
        DisputeView found = register.register(gridWorker, new NewDispute(DisputeKind.NEIGHBOURS, "漏水" + s,
                grid.code().value(), "8栋1单元102", Risk.LOW, DisputeSource.SCREENING, itemId,
                List.of(new NewDispute.Party("102住户", null), new NewDispute.Party("002住户", null)), null));
        assertThat(found.sourceRef()).isEqualTo(Long.toString(itemId));
        // a high-risk dispute of the grid is on the grid worker's task list to watch, named by its case number
        DisputeView risky = register.register(gridWorker, new NewDispute(DisputeKind.NEIGHBOURS, "争吵升级" + s,
                grid.code().value(), "8栋1单元103", Risk.HIGH, null, null,
                List.of(new NewDispute.Party("103住户", null), new NewDispute.Party("203住户", null)), null));
        assertThat(gridTasks.stream().flatMap(g -> g.openTasks(gridWorker, List.of(grid.code().value())).stream()))
                .anySatisfy(t -> {
                    assertThat(t.link()).isEqualTo("/disputes/" + risky.id());
                    assertThat(t.kindKey()).isEqualTo("dispute.task.watch");
                    assertThat(t.title()).isEqualTo(risky.caseNumber());
                    assertThat(t.gridCode()).isEqualTo(grid.code().value());
                })
                .noneMatch(t -> t.link().equals("/disputes/" + found.id()));

        // a mediation near its month limit is on the village mediator's to-do list
        DisputeView d = walkIn(villageStaff, "到期提醒" + s, "甲" + s, "乙" + s);
        mediation.recordConsent(villageStaff, d.id(), 1, Consent.GIVEN);
        mediation.recordConsent(villageStaff, d.id(), 2, Consent.GIVEN);
        mediation.start(villageStaff, d.id());
        jdbc.sql("UPDATE dispute SET mediation_due = :due WHERE id = :id").param("due", LocalDate.now(clock).plusDays(2))
                .param("id", d.id().value()).update();
        assertThat(toDos.stream().flatMap(t -> t.today(villageStaff).stream()))
                .anyMatch(t -> t.titleKey().equals("dispute.todo.mediationDue") && t.count() >= 1);
        assertThat(overviews.stream().flatMap(o -> o.tile(county, "510107000000").stream()))
                .anyMatch(t -> t.titleKey().equals("dispute.overview.title") && t.figures().size() == 3);
        assertThat(overviews.stream().flatMap(o -> o.tile(gridWorker, village).stream()))
                .noneMatch(t -> t.titleKey().equals("dispute.overview.title"));
    }
}
