package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.ConcurrentChange;
import org.shegong.InvalidInput;
import org.shegong.Role;
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
class DemandIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    DemandManagement demands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    DemandQueries queries;
    @Autowired
    org.shegong.duty.DutyLists dutyLists;
    @Autowired
    org.shegong.notify.Inbox inbox;

    StaffPrincipal operator;
    StaffPrincipal yulin;
    StaffPrincipal otherTownship;
    StaffPrincipal housing;
    UnitView yulinOffice;
    UnitView housingBureau;

    @BeforeEach
    void units() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        UnitView hotline = units.create(province, "成都市12345热线服务中心" + s, UnitKind.GOVERNMENT, "510100000000");
        yulinOffice = units.create(province, "玉林街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        UnitView jiangxijie = units.create(province, "浆洗街街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107001000");
        housingBureau = units.create(province, "武侯区住房和城乡建设局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000");
        operator = StaffFixtures.staff(100, "op" + s, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT, "510100000000",
                Role.HOTLINE_OPERATOR);
        yulin = StaffFixtures.staff(101, "yl" + s, yulinOffice.id().value(), yulinOffice.name(), UnitKind.TOWNSHIP_OFFICE,
                "510107005000", Role.TOWNSHIP_STAFF);
        otherTownship = StaffFixtures.staff(102, "jx" + s, jiangxijie.id().value(), jiangxijie.name(), UnitKind.TOWNSHIP_OFFICE,
                "510107001000", Role.TOWNSHIP_STAFF);
        housing = StaffFixtures.staff(103, "zj" + s, housingBureau.id().value(), housingBureau.name(), UnitKind.FUNCTIONAL_DEPARTMENT,
                "510107000000", Role.DEPARTMENT_HANDLER);
    }

    private static String body(String matter, String phone, String extra) {
        return """
                {"kind":"COMPLAINT","categoryCode":"ZF-01","matter":"%s","phone":"%s","contactName":"王女士"%s}
                """.formatted(matter, phone, extra);
    }

    private long count() {
        return jdbc.sql("select count(*) from demand").query(Long.class).single();
    }

    private long submit(String json) throws Exception {
        String out = mvc.perform(post("/api/v1/demands").with(as(operator)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Long.parseLong(out.replaceAll(".*\"id\":(\\d+).*", "$1"));
    }

    @Test
    void anAddressResolvesToTheTownshipAndAMapPointToItsGrid() throws Exception {
        long byAddress = submit(body("玉林北路夜间烧烤油烟噪声扰民", "13812345678", ",\"address\":\"成都市武侯区玉林街道玉林北路1号\""));
        assertThat(demands.find(org.shegong.region.Scope.PROVINCE, new DemandId(byAddress)).regionCode()).isEqualTo("510107005000");
        long byPoint = submit(body("小区门口井盖缺失", "13812345678", ",\"lat\":30.632,\"lng\":104.063"));
        assertThat(demands.find(org.shegong.region.Scope.PROVINCE, new DemandId(byPoint)).regionCode()).startsWith("510107005").hasSize(15);
    }

    @Test
    void aRetriedSubmitWithTheSameKeyReturnsTheFirstResultAndADifferentBodyIsRefused() throws Exception {
        String json = body("路灯不亮已一周", "13912345678", ",\"address\":\"成都市武侯区玉林街道\"");
        String key = UUID.randomUUID().toString();
        long before = count();
        String first = mvc.perform(post("/api/v1/demands").with(as(operator)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String code = first.replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1");
        mvc.perform(post("/api/v1/demands").with(as(operator)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andExpect(jsonPath("$.trackingCode").value(code))
                .andExpect(jsonPath("$.replayed").value(true));
        mvc.perform(post("/api/v1/demands").with(as(operator)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(json.replace("一周", "两周")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("Idempotency-Key"));
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void badInputIsRefusedWithABilingualFieldMessageAndNothingIsStored() throws Exception {
        long before = count();
        String[][] cases = {
                { body("路灯不亮", "1381234567", ",\"address\":\"成都市武侯区玉林街道\""), "phone" },
                { body("  ", "13812345678", ",\"address\":\"成都市武侯区玉林街道\""), "matter" },
                { body("字".repeat(2001), "13812345678", ",\"address\":\"成都市武侯区玉林街道\""), "matter" },
                { body("路灯不亮", "13812345678", ",\"lat\":39.9,\"lng\":116.4"), "lat" },
                { body("路灯不亮", "13812345678", ",\"address\":\"成都市武侯区玉林街道\"").replace("ZF-01", "XX"), "categoryCode" },
                { body("路灯不亮", "13812345678", ""), "address" } };
        for (String[] c : cases) {
            mvc.perform(post("/api/v1/demands").with(as(operator)).contentType(MediaType.APPLICATION_JSON).content(c[0]))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value(c[1]))
                    .andExpect(jsonPath("$.error").isNotEmpty()).andExpect(jsonPath("$.errorEn").isNotEmpty());
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aDemandGoesFromIntakeToReplyAndTheCitizenSeesTheReplyOnlyWithTheRightDigits() throws Exception {
        String out = mvc.perform(post("/api/v1/demands").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("玉林北路某小区电梯故障多日无人维修", "13698761234", ",\"address\":\"成都市武侯区玉林街道\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = Long.parseLong(out.replaceAll(".*\"id\":(\\d+).*", "$1"));
        String code = out.replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1");

        mvc.perform(post("/api/v1/demands/" + id + "/reply").with(as(yulin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"抢答\"}")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("demand.rule.handlerUnit"));
        mvc.perform(post("/api/v1/demands/" + id + "/dispatch").with(as(operator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leadUnitId\":" + yulinOffice.id() + ",\"coHandlerUnitIds\":[],\"reason\":\"基本履职事项：物业管理\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISPATCHED"));
        mvc.perform(post("/api/v1/demands/" + id + "/reply").with(as(yulin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"已处理\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("demand.reply.notAccepted"));
        mvc.perform(post("/api/v1/demands/" + id + "/accept").with(as(yulin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(post("/api/v1/demands/" + id + "/reply").with(as(yulin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"已督促物业公司更换电梯主板，现已恢复运行\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPLIED"));

        mvc.perform(get("/api/v1/public/demands/track").param("code", code).param("lastFour", "1234"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPLIED"))
                .andExpect(jsonPath("$.reply").value("已督促物业公司更换电梯主板，现已恢复运行"));
        String wrong = mvc.perform(get("/api/v1/public/demands/track").param("code", code).param("lastFour", "4321"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String unknown = mvc.perform(get("/api/v1/public/demands/track").param("code", "SC000000XXXXXX").param("lastFour", "1234"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(wrong).isEqualTo(unknown);
    }

    @Test
    void aDepartmentSeesOnlyItsOwnWorkOrdersAndATownshipOnlyItsArea() throws Exception {
        long id = submit(body("老旧小区外墙脱落", "13512345678", ",\"address\":\"成都市武侯区玉林街道\""));
        mvc.perform(get("/api/v1/demands/" + id).with(as(yulin))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/demands/" + id).with(as(otherTownship))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/demands/" + id).with(as(housing))).andExpect(status().isNotFound());
        demands.dispatch(operator, new DemandId(id), new DemandManagement.Dispatch(housingBureau.id().value(), List.of(yulinOffice.id().value()),
                "配合履职事项：住建牵头"));
        mvc.perform(get("/api/v1/demands/" + id).with(as(housing))).andExpect(status().isOk())
                .andExpect(jsonPath("$.phoneMasked").value("135****5678"));
        mvc.perform(get("/api/v1/demands/inbox").with(as(housing))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.demandId == " + id + ")].orderRole").value("LEAD"));
        mvc.perform(get("/api/v1/demands/inbox").with(as(otherTownship))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.demandId == " + id + ")]").isEmpty());
    }

    @Test
    void twoConcurrentAcceptancesOfOneOrderLetExactlyOneWin() throws Exception {
        long id = submit(body("人行道树木倒伏", "13712345678", ",\"address\":\"成都市武侯区玉林街道\""));
        demands.dispatch(operator, new DemandId(id), new DemandManagement.Dispatch(yulinOffice.id().value(), List.of(), "基本履职事项"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return demands.accept(yulin, new DemandId(id));
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<?> f : results) {
            try {
                f.get();
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOfAny(ConcurrentChange.class, InvalidInput.class,
                        org.springframework.dao.OptimisticLockingFailureException.class);
            }
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(demands.find(org.shegong.region.Scope.PROVINCE, new DemandId(id)).timeline())
                .filteredOn(e -> e.step() == DemandStep.ACCEPT).hasSize(1);
    }

    @Test
    void theTimelineCannotBeEditedAndThePhoneIsStoredEncrypted() throws Exception {
        long id = submit(body("楼道堆放杂物", "13612345678", ",\"address\":\"成都市武侯区玉林街道\""));
        assertThatThrownBy(() -> jdbc.sql("update demand_timeline set detail = 'x' where demand_id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        byte[] cipher = jdbc.sql("select phone_cipher from demand where id = :id").param("id", id).query(byte[].class).single();
        assertThat(new String(cipher, StandardCharsets.ISO_8859_1)).doesNotContain("13612345678");
    }

    @Test
    void aCoHandlerGetsItsOwnEarlierDeadlineAndTheDemandPageExplainsEveryDeadline() throws Exception {
        long id = submit(body("小区外墙脱落砸坏车辆", "13712340009", ",\"address\":\"成都市武侯区玉林街道\""));
        var view = demands.dispatch(operator, new DemandId(id),
                new DemandManagement.Dispatch(yulinOffice.id().value(), List.of(housingBureau.id().value()), "协助履职事项：房屋安全"));
        var lead = view.orders().stream().filter(o -> o.role().equals("LEAD")).findFirst().orElseThrow();
        var co = view.orders().stream().filter(o -> o.role().equals("CO_HANDLER")).findFirst().orElseThrow();
        assertThat(co.replyBy()).isBefore(lead.replyBy());
        assertThat(lead.deadlineNote()).contains("签收：", "答复：", "15个工作日", "依据：");
        assertThat(co.deadlineNote()).contains("向主办单位反馈：", "13个工作日");
        assertThat(view.dispatchNote()).startsWith("派单：").contains("24小时");
        String page = mvc.perform(get("/demands/" + id).with(as(operator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("期限说明", "向主办单位反馈：", "派单：");
    }

    @Test
    void aBacklogLargerThanOneBatchIsAnnouncedExactlyOnceByTwoConcurrentSweepsAndNeverAgain() throws Exception {
        int n = DeadlineSweep.BATCH * 2 + 345;
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long unit = 990_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
        jdbc.sql("""
                insert into demand (tracking_code, kind, limit_class, channel, region_code, category_code, matter, phone_cipher,
                  phone_index, phone_masked, status, received_at, dispatch_by, version)
                select 'B' || :tag || lpad(i::text, 6, '0'), 'HELP', 'ORDINARY', 'HOTLINE', '510107005001', 'CJ-01',
                       '积压工单' || i, '\\x00'::bytea, md5(i::text), '138****0000', 'ACCEPTED', now() - interval '30 days',
                       now() - interval '29 days', 1
                from generate_series(1, :n) i
                """).param("tag", tag).param("n", n).update();
        // many orders share one reply deadline, so the batches must be cut inside equal deadlines
        jdbc.sql("""
                insert into demand_work_order (demand_id, seq, unit_id, role, designated, status, dispatched_at, accept_by,
                  reply_by, return_by)
                select d.id, 0, :unit, 'LEAD', false, 'ACCEPTED', d.received_at, d.received_at,
                       date_trunc('second', now()) - make_interval(secs => (d.id % 3)::int + 1), d.received_at
                from demand d where d.tracking_code like 'B' || :tag || '%'
                """).param("tag", tag).param("unit", unit).update();
        rewindSweep();

        // two sweeps at once (two nodes, or a manual run beside the scheduled one): the mark row's lock orders them
        ExecutorService two = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(two.submit(() -> {
                start.await();
                return sweep.sweep();
            }));
        }
        start.countDown();
        int announced = 0;
        for (Future<Integer> run : runs) {
            announced += run.get();
        }
        two.shutdown();
        assertThat(announced).isGreaterThanOrEqualTo(n);
        // run again: nothing of the backlog is left to announce
        sweep.sweep();

        // the mark has passed every backlog order, so no later sweep announces them again
        assertThat(jdbc.sql("""
                select count(*) from demand_work_order o join demand d on d.id = o.demand_id, demand_sweep_mark m
                where d.tracking_code like 'B' || :tag || '%' and m.kind = 'OVERDUE'
                  and (o.reply_by, o.demand_id, o.seq) > (m.due, m.id, m.seq)
                """).param("tag", tag).query(Long.class).single()).isZero();
        var staff = StaffFixtures.staff(105, "backlog", unit, "积压单位", UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000",
                Role.DEPARTMENT_HANDLER);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(inbox.list(staff, true, 10)).extracting(org.shegong.notify.Notice::subject)
                        .containsExactly("今日 " + n + " 件工单超过答复期限"));
    }

    /** Moves the sweep's marks back an hour, so that this test's deadlines lie ahead of them whatever ran before. */
    private void rewindSweep() {
        jdbc.sql("update demand_sweep_mark set due = now() - interval '1 hour', id = 0, seq = 0").update();
    }

    @Test
    void theSweepAnnouncesOverdueAndDueSoonOrdersAndLateDispatchesOnceEach() throws Exception {
        long late = submit(body("排水沟堵塞", "13712340001", ",\"address\":\"成都市武侯区玉林街道\""));
        long soon = submit(body("广场舞噪声", "13712340002", ",\"address\":\"成都市武侯区玉林街道\""));
        long undispatched = submit(body("共享单车乱停放", "13712340003", ",\"address\":\"成都市武侯区玉林街道\""));
        demands.dispatch(operator, new DemandId(late), new DemandManagement.Dispatch(yulinOffice.id().value(), List.of(), "基本履职事项"));
        demands.dispatch(operator, new DemandId(soon), new DemandManagement.Dispatch(yulinOffice.id().value(), List.of(), "基本履职事项"));
        jdbc.sql("update demand_work_order set reply_by = now() - interval '1 minute' where demand_id = :id").param("id", late).update();
        jdbc.sql("update demand_work_order set reply_by = now() + interval '3 hours' where demand_id = :id").param("id", soon).update();
        jdbc.sql("update demand set dispatch_by = now() - interval '1 minute' where id = :id").param("id", undispatched).update();

        rewindSweep();
        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(3);
        sweep.sweep();

        // the unit and its supervisor are told (the listener runs after commit, from the event registry)
        var supervisor = units.supervisorOf(yulinOffice.id()).orElseThrow();
        var supervising = StaffFixtures.staff(104, "sup", supervisor.id().value(), supervisor.name(), supervisor.kind(),
                supervisor.region().value(), Role.COUNTY_ADMIN);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(inbox.list(yulin, true, 50)).extracting(org.shegong.notify.Notice::subject)
                    .contains("今日 1 件工单超过答复期限", "今日 1 件工单将在24小时内到期");
            assertThat(inbox.list(supervising, true, 200)).extracting(org.shegong.notify.Notice::kind)
                    .contains("demand.overdue.supervise", "demand.dispatchOverdue");
        });
        // a later sweep adds to today's digest rather than writing another notice
        long digest = inbox.list(yulin, true, 50).stream().filter(n -> n.kind().equals("demand.overdue")).findFirst()
                .orElseThrow().id();
        long later = submit(body("井盖松动有异响", "13712340004", ",\"address\":\"成都市武侯区玉林街道\""));
        demands.dispatch(operator, new DemandId(later), new DemandManagement.Dispatch(yulinOffice.id().value(), List.of(), "基本履职事项"));
        // due this instant: after everything the sweep has already announced
        jdbc.sql("update demand_work_order set reply_by = now() where demand_id = :id").param("id", later).update();
        sweep.sweep();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(inbox.list(yulin, true, 50)).filteredOn(n -> n.kind().equals("demand.overdue")).singleElement()
                        .satisfies(n -> {
                            assertThat(n.id()).isEqualTo(digest);
                            assertThat(n.subject()).isEqualTo("今日 2 件工单超过答复期限");
                            assertThat(n.subjectEn()).isEqualTo("2 work order(s) past their reply deadline today");
                        }));
        // nothing reaches another township, and its staff cannot open the office's notice
        assertThat(inbox.list(otherTownship, false, 200)).isEmpty();
        long noticeId = inbox.list(yulin, true, 50).get(0).id();
        assertThatThrownBy(() -> inbox.open(otherTownship, noticeId)).isInstanceOf(org.shegong.NotFound.class);
        mvc.perform(get("/api/v1/notices").with(as(yulin))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unitId").value(yulinOffice.id().value()));
        mvc.perform(post("/notices/" + noticeId + "/open").with(as(yulin)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern("/demands/*"));
        assertThat(inbox.list(yulin, false, 50)).filteredOn(n -> n.id() == noticeId).singleElement()
                .satisfies(n -> assertThat(n.readBy()).isEqualTo(yulin.username()));
    }

    @Test
    void theProposalFollowsTheTownshipsDutyListInForceWithItsReason() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        var chunxilu = org.shegong.region.RegionCode.of("510104022000");
        UnitView office = units.create(province, "春熙路街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, chunxilu.value());
        UnitView market = units.create(province, "锦江区市场监督管理局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "510104000000");
        var draft = dutyLists.openDraft(province, chunxilu);
        draft = dutyLists.putItem(province, chunxilu, draft.version(),
                new org.shegong.duty.DutyItemInput("B-001", "督促物业服务企业履行合同", "基本", List.of("ZF-01"), null));
        draft = dutyLists.putItem(province, chunxilu, draft.version(),
                new org.shegong.duty.DutyItemInput("P-001", "配合开展消费纠纷调解", "配合", List.of("SC-01"), String.valueOf(market.id())));
        if (dutyLists.inForce(chunxilu, java.time.LocalDate.now()).isEmpty()) {
            dutyLists.publish(province, chunxilu, draft.version(), java.time.LocalDate.of(2026, 1, 1));
        }
        String where = ",\"regionCode\":\"510104022000\"";

        long property = submit(body("小区物业不作为，楼道灯坏了一个月", "13812340010", where));
        var basic = demands.proposal(org.shegong.region.Scope.PROVINCE, new DemandId(property)).orElseThrow();
        assertThat(basic.leadUnitId()).isEqualTo(office.id().value());
        assertThat(basic.manualDispatch()).isFalse();
        assertThat(basic.reason()).contains("B-001", "基本履职事项");

        long consumer = submit(body("商场预付卡商家跑路", "13812340011", where).replace("ZF-01", "SC-01"));
        var assisting = demands.proposal(org.shegong.region.Scope.PROVINCE, new DemandId(consumer)).orElseThrow();
        assertThat(assisting.leadUnitId()).isEqualTo(market.id().value());
        assertThat(assisting.coHandlerUnitId()).isEqualTo(office.id().value());

        long noise = submit(body("广场舞音响声音过大", "13812340012", where).replace("ZF-01", "HJ-01"));
        assertThat(demands.proposal(org.shegong.region.Scope.PROVINCE, new DemandId(noise)).orElseThrow().manualDispatch()).isTrue();

        mvc.perform(get("/api/v1/demands/" + property + "/proposal").with(as(operator))).andExpect(status().isOk())
                .andExpect(jsonPath("$.leadUnitId").value(office.id().value())).andExpect(jsonPath("$.reasonEn").isNotEmpty());

        var overridden = demands.dispatch(operator, new DemandId(property), new DemandManagement.Dispatch(market.id().value(), List.of(),
                "涉及预付卡消费，由市场监管部门办理"));
        assertThat(overridden.timeline()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("DISPATCH");
            assertThat(e.detail()).startsWith("改派（清单建议：" + office.name() + "）").endsWith("由市场监管部门办理");
        });
    }

    @Test
    void aCitizenReportsWithPhotosWithoutAnAccountAndANonImageIsRefused() throws Exception {
        var good = new org.springframework.mock.web.MockMultipartFile("photos", "井盖.png", "image/png", PhotoUnitTests.realPng());
        var fake = new org.springframework.mock.web.MockMultipartFile("photos", "伪装.jpg", "image/jpeg",
                "这不是图片".getBytes(StandardCharsets.UTF_8));
        long before = count();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/public/demands")
                        .file(good).file(fake)
                        .param("kind", "HELP").param("categoryCode", "CJ-03").param("matter", "玉林北路人行道井盖缺失，夜间危险")
                        .param("phone", "13812347777").param("address", "成都市武侯区玉林街道玉林北路")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("第2个文件不是JPEG、PNG或WebP图片")));
        assertThat(count()).isEqualTo(before);

        var session = new org.springframework.mock.web.MockHttpSession();
        var posted = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/public/demands")
                        .file(good).session(session)
                        .param("kind", "HELP").param("categoryCode", "CJ-03").param("matter", "玉林北路人行道井盖缺失，夜间危险")
                        .param("phone", "13812347777").param("address", "成都市武侯区玉林街道玉林北路")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/public/demands/done"))
                .andReturn();
        String code = (String) posted.getFlashMap().get("trackingCode");
        String page = mvc.perform(get("/public/demands/done").session(session).cookie(posted.getResponse().getCookies()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"public-code\">" + code + "<");
        var view = demands.findByTrackingCode(code).orElseThrow();
        assertThat(view.channel()).isEqualTo(Channel.WEB);
        assertThat(view.timeline().get(0).actor()).isEqualTo("citizen");
        assertThat(jdbc.sql("select count(*) from demand_photo where demand_id = :id").param("id", view.id().value())
                .query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/demands/" + view.id() + "/photos/0").with(as(yulin))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("image/png"));
        mvc.perform(get("/demands/" + view.id() + "/photos/0").with(as(otherTownship))).andExpect(status().isNotFound());
    }

    @Test
    void aTownshipBlowsTheWhistleTheSummonedDepartmentSeesItAndReportsOnce() throws Exception {
        long id = submit(body("违规搭建占用消防通道", "13812345001", ",\"address\":\"成都市武侯区玉林街道\""));
        demands.dispatch(operator, new DemandId(id), new DemandManagement.Dispatch(yulinOffice.id().value(), List.of(), "基本履职事项"));
        demands.accept(yulin, new DemandId(id));
        mvc.perform(get("/api/v1/demands/" + id).with(as(housing))).andExpect(status().isNotFound());
        String reportBy = java.time.Instant.now().plus(java.time.Duration.ofDays(1)).toString();
        mvc.perform(post("/api/v1/demands/" + id + "/whistle").with(as(yulin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"departments\":[{\"unitId\":" + housingBureau.id() + ",\"reportBy\":\"" + reportBy
                                + "\"}],\"matter\":\"违建需住建部门依法处置\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summoned[0].unitId").value(housingBureau.id().value()));
        mvc.perform(get("/api/v1/demands/" + id).with(as(housing))).andExpect(status().isOk());
        assertThat(queries.whistles(housing, 50)).extracting(InboxRow::demandId).contains(new DemandId(id));
        assertThat(queries.whistles(yulin, 50)).extracting(InboxRow::demandId).contains(new DemandId(id));
        mvc.perform(post("/api/v1/demands/" + id + "/report-in").with(as(housing)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"明日派执法队现场处置\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.summoned[0].late").value(false));
        mvc.perform(post("/api/v1/demands/" + id + "/report-in").with(as(housing)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"再次报到\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("demand.whistle.alreadyReported"));
        mvc.perform(get("/demands/" + id).with(as(housing))).andExpect(status().isOk());
    }

    @Test
    void theOperatorSeesTheCallersEarlierDemandsByPhoneWithoutDecryptingAnything() throws Exception {
        long id = submit(body("噪声扰民再次反映", "13812345002", ",\"address\":\"成都市武侯区玉林街道\""));
        String code = demands.find(org.shegong.region.Scope.PROVINCE, new DemandId(id)).trackingCode();
        mvc.perform(get("/demands/caller-history").param("phone", "13812345002").with(as(operator)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(code)));
        mvc.perform(get("/demands/caller-history").param("phone", "1381234").with(as(operator)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(code))));
    }
}
