package org.shegong.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.Role;
import org.shegong.duty.VillageWorkLists;
import org.shegong.duty.VillageWorkType;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class BurdenIntegrationTests {

    static final String WUHOU = "510107000000";
    /** 金花桥街道 and three of its communities. */
    static final String JINHUAQIAO = "510107013000";
    static final String JIANGANHE = "510107013002";
    static final String JINHUA = "510107013003";
    static final String YONGKANG = "510107013004";

    @Autowired
    Admissions admissions;
    @Autowired
    AdmissionDeadlines deadlines;
    @Autowired
    DataForms forms;
    @Autowired
    CertificateCatalogue certificates;
    @Autowired
    Plaques plaques;
    @Autowired
    Assessments assessments;
    @Autowired
    BurdenStatistics statistics;
    @Autowired
    VillageWorkLists villageLists;
    @Autowired
    UnitManagement units;
    @Autowired
    Grids grids;
    @Autowired
    JdbcClient jdbc;

    final String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    final LocalDate today = LocalDate.now(org.shegong.calendar.Deadline.ZONE);

    private StaffPrincipal department() {
        UnitView u = units.create(StaffFixtures.provinceAdmin(), "武侯区民政局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, WUHOU);
        return StaffFixtures.staff(8_100_001L, "mz" + s, u.id().value(), u.name(), UnitKind.FUNCTIONAL_DEPARTMENT, WUHOU,
                Role.DEPARTMENT_HANDLER);
    }

    private StaffPrincipal county;

    private StaffPrincipal countyAdmin() {
        if (county != null) {
            return county;
        }
        UnitView u = units.create(StaffFixtures.provinceAdmin(), "武侯区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, WUHOU);
        county = StaffFixtures.staff(8_100_002L, "sg" + s, u.id().value(), u.name(), UnitKind.SOCIAL_WORK_DEPARTMENT, WUHOU,
                Role.COUNTY_ADMIN);
        return county;
    }

    private static StaffPrincipal villageStaff(String village, long id) {
        return StaffFixtures.staff(id, "v" + id, id, "社区" + village, UnitKind.VILLAGE_COMMITTEE, village, Role.VILLAGE_STAFF);
    }

    private Admissions.NewApplication application(String code, String basis, LocalDate start) {
        return new Admissions.NewApplication(null, code, "高龄津贴入户核查", "LAWFUL_ASSIST", basis, "每年一次", "区财政按户核拨工作经费",
                "高龄津贴核查表", start, null);
    }

    private long applications() {
        return jdbc.sql("select count(*) from burden_application").query(Long.class).single();
    }

    // --- admission deadlines (working calendar, holidays and 调休)

    @Test
    void decisionAndLeadDeadlinesSkipTheMidAutumnAndNationalDayHolidaysAndCountTheMakeUpSundays() {
        // 2026: 09-20 (Sun) is a working day, 09-25…27 and 10-01…07 rest, 10-10 (Sat) works — 15 working days after
        // Friday 2026-09-18 end on 10-15, 30 on 11-05
        assertThat(deadlines.decideBy(LocalDate.parse("2026-09-18"), WUHOU).date()).isEqualTo("2026-10-15");
        assertThat(deadlines.earliestStart(LocalDate.parse("2026-09-18"), WUHOU).date()).isEqualTo("2026-11-05");
        // one day later (Saturday, a rest day) the count starts on the same Sunday make-up day: same result
        assertThat(deadlines.decideBy(LocalDate.parse("2026-09-19"), WUHOU).date()).isEqualTo("2026-10-15");
        // from the make-up Sunday itself the count starts on Monday: one working day later
        assertThat(deadlines.decideBy(LocalDate.parse("2026-09-20"), WUHOU).date()).isEqualTo("2026-10-16");
        // Spring Festival 2026: 02-14 (Sat) works, 02-15…23 rest, 02-28 (Sat) works
        assertThat(deadlines.decideBy(LocalDate.parse("2026-02-13"), WUHOU).date()).isEqualTo("2026-03-12");
        assertThat(deadlines.decideBy(LocalDate.parse("2026-02-13"), WUHOU).explanation()).isNotBlank();
    }

    @Test
    void anApplicationWithoutLegalBasisOrFundingOrStartingTooSoonIsRefusedAndNothingIsStored() {
        StaffPrincipal dept = department();
        long before = applications();
        assertThatThrownBy(() -> admissions.apply(dept, application("GL-" + s, "  ", today.plusDays(120))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("burden.admission.basis.required");
        assertThatThrownBy(() -> admissions.apply(dept, new Admissions.NewApplication(null, "GL-" + s, "核查", "LAWFUL_ASSIST",
                "老年人权益保障法", "每年", "", "", today.plusDays(120), null)))
                .hasMessageContaining("burden.admission.funding.required");
        LocalDate earliest = deadlines.earliestStart(today, WUHOU).date();
        assertThatThrownBy(() -> admissions.apply(dept, application("GL-" + s, "老年人权益保障法§33", earliest.minusDays(1))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("burden.admission.start.tooSoon");
        assertThat(applications()).isEqualTo(before);
        // the earliest day itself is in time
        var ok = admissions.apply(dept, application("GL-" + s, "老年人权益保障法§33", earliest));
        assertThat(ok.application().status()).isEqualTo("PENDING");
        assertThat(ok.application().decideBy()).isEqualTo(deadlines.decideBy(today, WUHOU).date());
    }

    @Test
    void anAdmittedItemJoinsEveryCommunityListWithItsDatesAndARefusalNeedsReasons() {
        StaffPrincipal dept = department();
        StaffPrincipal countyBody = countyAdmin();
        LocalDate start = today.plusDays(120);
        var applied = admissions.apply(dept, application("AD-" + s, "老年人权益保障法§33", start));
        ApplicationId id = applied.application().id();
        // the department may not decide its own application
        assertThatThrownBy(() -> admissions.decide(dept, id, null, true, null)).isInstanceOf(NotPermitted.class);
        var admitted = admissions.decide(countyBody, id, applied.application().version(), true, null);
        assertThat(admitted.application().status()).isEqualTo("ADMITTED");
        assertThat(admitted.application().villages()).isGreaterThan(50);
        RegionCode village = RegionCode.of(JIANGANHE);
        assertThat(villageLists.admits(village, "AD-" + s, start)).isTrue();
        assertThat(villageLists.admits(village, "AD-" + s, start.minusDays(1))).isFalse();
        assertThat(villageLists.inForce(village, start)).anyMatch(i -> i.code().equals("AD-" + s)
                && i.type() == VillageWorkType.LAWFUL_ASSIST && i.effectiveFrom().equals(start));
        assertThatThrownBy(() -> admissions.decide(countyBody, id, null, false, "重复")).isInstanceOf(NotPermitted.class);

        var other = admissions.apply(dept, application("RF-" + s, "民政部门规章", start));
        assertThatThrownBy(() -> admissions.decide(countyBody, other.application().id(), null, false, " "))
                .hasMessageContaining("burden.admission.reason.required");
        var refused = admissions.decide(countyBody, other.application().id(), null, false, "属于民政部门自身职责，不应交由社区承担");
        assertThat(refused.application().status()).isEqualTo("REFUSED");
        assertThat(refused.application().reason()).contains("自身职责");
        assertThat(villageLists.admits(village, "RF-" + s, start)).isFalse();
    }

    @Test
    void workAndFormsCitingNoAdmittedItemAreRefusedCountedAndNothingIsPublished() {
        StaffPrincipal dept = department();
        Instant from = Instant.now().minusSeconds(5);
        long before = villageLists.refusals(Scope.of(RegionCode.of(WUHOU)), from, Instant.now().plusSeconds(3600));
        assertThatThrownBy(() -> admissions.push(dept, JINHUA, "NONE-" + s, "INSPECTION", "入户检查"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("duty.village.notAdmitted");
        var form = forms.define(dept, newForm(null, List.of(intField("staff", "工作人员数", null))));
        assertThatThrownBy(() -> forms.publish(dept, form.form().id())).hasMessageContaining("duty.village.notAdmitted");
        assertThat(forms.get(dept, form.form().id()).form().status()).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from burden_form_target where form_id = :f").param("f", form.form().id().value())
                .query(Long.class).single()).isZero();
        long after = villageLists.refusals(Scope.of(RegionCode.of(WUHOU)), from, Instant.now().plusSeconds(3600));
        assertThat(after - before).isEqualTo(2);
        assertThat(villageLists.refusalsByKind(Scope.of(RegionCode.of(WUHOU)), from, Instant.now().plusSeconds(3600)))
                .containsKeys("INSPECTION", "FORM");
        // an admitted item lets the work through
        villageLists.addAdmitted("test", RegionCode.of(JINHUA), "OK-" + s, "入户核查", VillageWorkType.LAWFUL_ASSIST,
                today.minusDays(1), null);
        assertThat(admissions.push(dept, JINHUA, "ok-" + s, "WORK", "入户核查").code()).isEqualTo("OK-" + s);
    }

    private DataForms.NewForm newForm(String item, List<DataForms.NewField> fields) {
        return new DataForms.NewForm("社区基本情况" + s, "2026年第4季度", JINHUAQIAO, "VILLAGE", item, today, today.plusDays(10),
                today.plusDays(15), 5, fields);
    }

    private static DataForms.NewField intField(String key, String label, String prefill) {
        return new DataForms.NewField(key, label, FieldType.INTEGER, true, BigDecimal.ZERO, new BigDecimal("100000"), null,
                null, prefill);
    }

    private void admitInJinhuaqiao(String code) {
        for (var v : admissions.villagesOf(RegionCode.of(JINHUAQIAO))) {
            villageLists.addAdmitted("test", v, code, "社区基本情况统计", VillageWorkType.LAWFUL_ASSIST, today.minusDays(1), null);
        }
    }

    @Test
    void formsAreValidatedPrefilledReturnedResubmittedAndAggregatedUpTheTree() throws Exception {
        StaffPrincipal dept = department();
        String item = "TJ-" + s;
        admitInJinhuaqiao(item);
        // a grid of 江安河社区 with 320 households: the platform already knows it
        String gridCode = JIANGANHE + String.format("%03d", 100 + new java.util.Random().nextInt(800));
        grids.importGeoJson("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"%s","name":"减负测试网格%s",
                 "householdCount":320},"geometry":{"type":"Polygon","coordinates":[[[103.95,30.60],[103.951,30.60],[103.951,30.601],[103.95,30.601],[103.95,30.60]]]}}]}
                """.formatted(gridCode, s), Scope.PROVINCE);
        // bad definitions change nothing
        assertThatThrownBy(() -> forms.define(dept, newForm(item, List.of(intField("Bad Key", "x", null)))))
                .hasMessageContaining("burden.form.field.key");
        assertThatThrownBy(() -> forms.define(dept, newForm(item, List.of(intField("x", "x", "no.such.source")))))
                .hasMessageContaining("burden.form.field.prefill");
        var defined = forms.define(dept, newForm(item, List.of(intField("households", "户数", "region.households"),
                intField("staff", "社区工作者人数", null),
                new DataForms.NewField("rate", "满意率", FieldType.DECIMAL, false, BigDecimal.ZERO, new BigDecimal("100"), null, null, null),
                new DataForms.NewField("kind", "社区类型", FieldType.CHOICE, true, null, null, null, "城市社区|农村社区", null))));
        DataFormId id = defined.form().id();
        // choices stored as text[] in the order given, a field without choices as the empty array (V271)
        assertThat(jdbc.sql("""
                select string_agg(key || ':' || cardinality(choices) || ':' || array_to_string(choices, '|'), ' '
                                  order by position)
                  from burden_form_field where form_id = :f""").param("f", id.value()).query(String.class).single())
                .isEqualTo("households:0: staff:0: rate:0: kind:2:城市社区|农村社区");
        var published = forms.publish(dept, id);
        assertThat(published.form().targets()).isEqualTo(9);
        int prefilledTargets = jdbc.sql("select prefilled from burden_form_target where form_id = :f and region_code = :r")
                .param("f", id.value()).param("r", JIANGANHE).query(Integer.class).single();
        assertThat(prefilledTargets).isEqualTo(1);

        StaffPrincipal a = villageStaff(JIANGANHE, 8_200_001L);
        StaffPrincipal b = villageStaff(JINHUA, 8_200_002L);
        StaffPrincipal c = villageStaff(YONGKANG, 8_200_003L);
        var fill = forms.fillView(a, id);
        assertThat(fill.values().get(0).value()).isEqualTo("320");
        assertThat(fill.values().get(0).prefilled()).isTrue();
        assertThat(forms.fillView(b, id).values().get(0).value()).isEmpty();
        // validation: wrong type, out of range, unknown choice — nothing stored
        assertThatThrownBy(() -> forms.submit(b, id, Map.of("households", "12.5", "staff", "3", "kind", "城市社区"), "WEB"))
                .hasMessageContaining("burden.field.integer");
        assertThatThrownBy(() -> forms.submit(b, id, Map.of("households", "100", "staff", "-1", "kind", "城市社区"), "WEB"))
                .hasMessageContaining("burden.field.range");
        assertThatThrownBy(() -> forms.submit(b, id, Map.of("households", "100", "staff", "3", "kind", "郊区"), "WEB"))
                .hasMessageContaining("burden.field.choice");
        assertThatThrownBy(() -> forms.submit(b, id, Map.of("staff", "3", "kind", "城市社区"), "WEB"))
                .hasMessageContaining("burden.field.required");
        assertThat(jdbc.sql("select count(*) from burden_submission where form_id = :f").param("f", id.value()).query(Long.class).single())
                .isZero();
        // 江安河 leaves households empty: the platform's 320 is used
        forms.submit(a, id, Map.of("staff", "12", "rate", "90", "kind", "城市社区"), "WEB");
        forms.submit(b, id, Map.of("households", "1000", "staff", "8", "rate", "80.5", "kind", "城市社区"), "WEB");
        forms.submit(c, id, Map.of("households", "2000", "staff", "10", "kind", "农村社区"), "EXCEL");
        var agg = forms.aggregate(dept, id, null);
        assertThat(agg.total().submitted()).isEqualTo(3);
        assertThat(agg.total().sums().get(1)).isEqualByComparingTo("3320");
        assertThat(agg.total().sums().get(2)).isEqualByComparingTo("30");
        assertThat(agg.total().averages().get(2)).isEqualByComparingTo("10.00");
        assertThat(agg.total().sums().get(3)).isEqualByComparingTo("170.5");
        assertThat(agg.total().averages().get(3)).isEqualByComparingTo("85.25");
        assertThat(agg.children()).extracting(DataForms.AggregateRow::regionCode).contains(JIANGANHE, JINHUA, YONGKANG);
        // up the tree: 武侯区 → 成都市 → 四川省 see the same totals, with one child row each
        var countyAgg = forms.aggregate(dept, id, WUHOU);
        assertThat(countyAgg.total().sums().get(1)).isEqualByComparingTo("3320");
        assertThat(countyAgg.children()).singleElement().satisfies(r -> {
            assertThat(r.regionCode()).isEqualTo(JINHUAQIAO);
            assertThat(r.submitted()).isEqualTo(3);
            assertThat(r.sums().get(2)).isEqualByComparingTo("30");
        });
        assertThat(forms.aggregate(dept, id, "510000000000").total().sums().get(1)).isEqualByComparingTo("3320");
        byte[] xlsx = mvc.perform(get("/burden/forms/" + id + "/aggregate.xlsx").with(as(real(dept, 8_400_006L))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(JINHUAQIAO);
            assertThat(book.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3320.0);
        }

        // returned with comments: its figures leave the aggregate until corrected
        assertThatThrownBy(() -> forms.returnSubmission(b, id, JINHUA, "x")).isInstanceOf(NotPermitted.class);
        forms.returnSubmission(dept, id, JINHUA, "户数与网格数据差异较大，请核实");
        assertThat(forms.fillView(b, id).status()).isEqualTo("RETURNED");
        assertThat(forms.fillView(b, id).comment()).contains("请核实");
        assertThat(forms.aggregate(dept, id, null).total().sums().get(1)).isEqualByComparingTo("2320");
        var again = forms.submit(b, id, Map.of("households", "1100", "staff", "8", "rate", "80.5", "kind", "城市社区"), "WEB");
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.versions()).hasSize(2);
        assertThat(again.versions().get(1).returnedComment()).contains("请核实");
        assertThat(forms.aggregate(dept, id, null).total().sums().get(1)).isEqualByComparingTo("3420");
        forms.accept(dept, id, JINHUA);
        assertThatThrownBy(() -> forms.submit(b, id, Map.of("households", "1", "staff", "1", "kind", "城市社区"), "WEB"))
                .hasMessageContaining("burden.form.accepted");
        // a unit outside the targets cannot fill in; a stranger cannot see it
        StaffPrincipal outsider = villageStaff("510107001004", 8_200_004L);
        assertThatThrownBy(() -> forms.fillView(outsider, id)).isInstanceOf(NotFound.class);

        // the dashboard counts the burden: 9 targets × 4 fields, 江安河's households pre-filled (5 minutes each)
        var d = statistics.dashboard(countyAdmin(), today.toString().substring(0, 7));
        assertThat(d.units()).anySatisfy(u -> {
            assertThat(u.regionCode()).isEqualTo(JIANGANHE);
            assertThat(u.prefilled()).isGreaterThanOrEqualTo(1);
        });
        assertThat(d.fieldsPrefilled()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aSubmissionAfterTheClosedPeriodIsRefused() {
        StaffPrincipal dept = department();
        String item = "CL-" + s;
        admitInJinhuaqiao(item);
        var f = forms.define(dept, new DataForms.NewForm("已截止报表" + s, "2026年", JINHUAQIAO, "VILLAGE", item,
                today.minusDays(20), today.minusDays(10), today.minusDays(1), 3, List.of(intField("staff", "人数", null))));
        forms.publish(dept, f.form().id());
        assertThatThrownBy(() -> forms.submit(villageStaff(JINHUA, 8_200_005L), f.form().id(), Map.of("staff", "3"), "WEB"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("burden.form.closed");
        assertThat(jdbc.sql("select count(*) from burden_submission where form_id = :f").param("f", f.form().id().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aBannedCertificateIsRefusedWithItsLawfulRouteAndAnAllowedOneIsRecorded() {
        assertThat(certificates.catalogue().stream().filter(CertificateCatalogue.Entry::banned).count()).isGreaterThanOrEqualTo(20);
        var kinship = certificates.lookup("亲属关系证明");
        assertThat(kinship).singleElement().satisfies(e -> {
            assertThat(e.banned()).isTrue();
            assertThat(e.lawfulRoute()).contains("公证");
        });
        assertThat(certificates.lookup("无犯罪记录")).singleElement().satisfies(e -> assertThat(e.lawfulRoute()).contains("公安机关"));
        StaffPrincipal v = villageStaff(JINHUA, 8_200_006L);
        long before = jdbc.sql("select count(*) from burden_certificate_issued").query(Long.class).single();
        assertThatThrownBy(() -> certificates.record(v, kinship.get(0).id(), "办理继承", null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("burden.certificate.banned");
        assertThat(jdbc.sql("select count(*) from burden_certificate_issued").query(Long.class).single()).isEqualTo(before);
        var allowed = certificates.add(StaffFixtures.provinceAdmin(), "村民会议决议证明" + s, "Village assembly resolution",
                false, "", "", "村民委员会组织法§21");
        var issued = certificates.record(v, allowed.id(), "土地承包", null);
        assertThat(issued.villageCode()).isEqualTo(JINHUA);
        // the province only may extend the catalogue
        assertThatThrownBy(() -> certificates.add(v, "x" + s, "", false, "", "", "x")).isInstanceOf(NotPermitted.class);
    }

    @Test
    void plaquesBeyondTheStandardFourOnASideOrNotOnTheStandardListAreFlaggedUntilRemovedWithAPhoto() {
        StaffPrincipal v = villageStaff("510107013005", 8_200_007L);
        byte[] png = new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
        for (String title : List.of("村（社区）党组织", "村（居）民委员会", "村（社区）党群服务中心", "民兵连")) {
            plaques.hang(v, null, "OUTSIDE", title, "县委组织部", new Plaques.Photo(png, "image/png"));
        }
        var extra = plaques.hang(v, null, "OUTSIDE", "老年协会" + s, "县民政局", null);
        var list = plaques.list(v, null);
        assertThat(list.stream().filter(Plaques.Plaque::excess).map(Plaques.Plaque::id)).containsExactly(extra.id());
        // a photo must be an image of an accepted type and size
        assertThatThrownBy(() -> plaques.remove(v, extra.id(), null, new Plaques.Photo("<svg/>".getBytes(), "image/svg+xml")))
                .hasMessageContaining("burden.photo.type");
        assertThatThrownBy(() -> plaques.remove(v, extra.id(), null, new Plaques.Photo(png, "image/jpeg")))
                .hasMessageContaining("burden.photo.type");
        assertThatThrownBy(() -> plaques.remove(v, extra.id(), null, new Plaques.Photo(new byte[3_000_000], "image/png")))
                .hasMessageContaining("burden.photo.tooLarge");
        StaffPrincipal township = StaffFixtures.staff(8_200_008L, "jhq" + s, 8_200_008L, "金花桥街道", UnitKind.TOWNSHIP_OFFICE,
                JINHUAQIAO, Role.TOWNSHIP_STAFF);
        var campaign = plaques.startCampaign(township, "金花桥街道挂牌清理" + s, today, today.plusDays(30));
        assertThat(campaign.excess()).isGreaterThanOrEqualTo(1);
        var removed = plaques.remove(v, extra.id(), campaign.id(), new Plaques.Photo(png, "image/png"));
        assertThat(removed.removedOn()).isEqualTo(today);
        assertThat(removed.excess()).isFalse();
        assertThat(plaques.campaign(township, campaign.id()).removed()).isEqualTo(1);
        assertThat(plaques.list(v, null).stream().filter(Plaques.Plaque::excess)).isEmpty();
    }

    @Test
    void townshipRatingsAndTimelinessCombineIntoADepartmentScore() {
        StaffPrincipal dept = department();
        StaffPrincipal t1 = StaffFixtures.staff(8_300_001L, "t1" + s, 8_300_001L, "金花桥街道", UnitKind.TOWNSHIP_OFFICE,
                JINHUAQIAO, Role.TOWNSHIP_STAFF);
        StaffPrincipal t2 = StaffFixtures.staff(8_300_002L, "t2" + s, 8_300_002L, "簇锦街道", UnitKind.TOWNSHIP_OFFICE,
                "510107014000", Role.TOWNSHIP_STAFF);
        String month = "2020-03";
        assertThatThrownBy(() -> assessments.rate(t1, dept.unitId().value(), month, 6, "")).hasMessageContaining("burden.rating.invalid");
        assessments.rate(t1, dept.unitId().value(), month, 5, "报到及时");
        assessments.rate(t2, dept.unitId().value(), month, 2, "");
        assessments.rate(t2, dept.unitId().value(), month, 4, "改评");
        // mean (5 + 4) / 2 = 4.5 → rating score (4.5 − 1) / 4 × 100 = 87.5; no work orders in 2020-03 → score = 87.5
        var score = assessments.scores(countyAdmin(), null, month).stream().filter(x -> x.departmentId() == dept.unitId().value())
                .findFirst().orElseThrow();
        assertThat(score.ratings()).isEqualTo(2);
        assertThat(score.meanRating()).isEqualByComparingTo("4.50");
        assertThat(score.ratingScore()).isEqualByComparingTo("87.5");
        assertThat(score.timeliness()).isNull();
        assertThat(score.score()).isEqualByComparingTo("87.5");
        // 0.6 × 87.5 + 0.4 × 50 = 72.5
        assertThat(Assessments.combine(new BigDecimal("87.5"), new BigDecimal("50"))).isEqualByComparingTo("72.5");
        assertThat(Assessments.combine(null, new BigDecimal("50"))).isEqualByComparingTo("50");
        assertThat(Assessments.combine(null, null)).isNull();
        // a village may not rate
        assertThatThrownBy(() -> assessments.rate(villageStaff(JINHUA, 8_300_003L), dept.unitId().value(), month, 3, ""))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void theFormSweepRemindsTargetsOnceBeforeTheDeadline() {
        StaffPrincipal dept = department();
        String item = "RM-" + s;
        admitInJinhuaqiao(item);
        var f = forms.define(dept, new DataForms.NewForm("提醒报表" + s, "2026年", JINHUAQIAO, "VILLAGE", item, today,
                today.plusDays(1), today.plusDays(1), 3, List.of(intField("staff", "人数", null))));
        forms.publish(dept, f.form().id());
        assertThat(jdbc.sql("select reminded_on from burden_form where id = :id").param("id", f.form().id().value())
                .query(LocalDate.class).optional()).isEmpty();
        sweep.sweep();
        assertThat(jdbc.sql("select reminded_on from burden_form where id = :id").param("id", f.form().id().value())
                .query(LocalDate.class).single()).isEqualTo(today);
        // a form past its deadline: the owner hears once how many units are late
        var late = forms.define(dept, new DataForms.NewForm("逾期报表" + s, "2026年", JINHUAQIAO, "VILLAGE", item,
                today.minusDays(5), today.minusDays(1), today.plusDays(3), 3, List.of(intField("staff", "人数", null))));
        forms.publish(dept, late.form().id());
        sweep.sweep();
        assertThat(jdbc.sql("select overdue_noticed from burden_form where id = :id").param("id", late.form().id().value())
                .query(Boolean.class).single()).isTrue();
        var notices = inbox.list(dept, false, 50);
        assertThat(notices).filteredOn(n -> n.subject().contains("逾期报表" + s)).singleElement()
                .satisfies(n -> assertThat(n.subject()).contains("逾期未报送 9 份"));
        sweep.sweep();
        assertThat(inbox.list(dept, false, 50)).filteredOn(n -> n.subject().contains("逾期报表" + s)).hasSize(1);
    }

    @Autowired
    org.shegong.notify.Inbox inbox;

    @Autowired
    FormSweep sweep;


    @Autowired
    MockMvc mvc;
    @Autowired
    java.util.List<org.shegong.identity.ToDoSource> toDoSources;
    @Autowired
    java.util.List<org.shegong.identity.OverviewSource> overviewSources;
    @Autowired
    java.util.List<org.shegong.PublicEntrance> entrances;

    /** A real account for MockMvc requests (fixture accounts need ids that no other test uses). */
    private StaffPrincipal real(StaffPrincipal p, long id) {
        return StaffFixtures.staff(id, p.username(), p.unitId().value(), p.unitName(), p.unitKind(), p.unitRegion().value(),
                p.roles().toArray(Role[]::new));
    }

    @Test
    void badInputOverTheApiIsAnsweredInChineseAndEnglishAndChangesNothing() throws Exception {
        StaffPrincipal dept = real(department(), 8_400_001L);
        long before = applications();
        mvc.perform(post("/api/v1/burden/applications").with(as(dept)).contentType(MediaType.APPLICATION_JSON).content("""
                {"itemCode":"API-1","title":"入户核查","workType":"LAWFUL_ASSIST","frequency":"每年","funding":"区财政",
                 "startsOn":"%s"}""".formatted(today.plusDays(120))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("legalBasis"))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("法律法规依据")))
                .andExpect(jsonPath("$.errorEn").value(org.hamcrest.Matchers.containsString("legal basis")));
        assertThat(applications()).isEqualTo(before);
        mvc.perform(post("/api/v1/burden/pushes").with(as(dept)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"villageCode\":\"%s\",\"itemCode\":\"NO-SUCH\",\"kind\":\"CERTIFICATE\",\"what\":\"开具居住证明\"}"
                        .formatted(JINHUA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("duty.village.notAdmitted"))
                .andExpect(jsonPath("$.errorEn").value(org.hamcrest.Matchers.containsString("refused and counted")));
        StaffPrincipal village = real(villageStaff(JINHUA, 8_400_002L), 8_400_002L);
        long banned = certificates.lookup("养犬").get(0).id().value();
        mvc.perform(post("/api/v1/burden/certificates/issued").with(as(village)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"certificateId\":%d,\"purpose\":\"办理养犬登记\"}".formatted(banned)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("不应出具")))
                .andExpect(jsonPath("$.errorEn").value(org.hamcrest.Matchers.containsString("must not issue")));
        mvc.perform(get("/api/v1/public/certificates").param("q", "x".repeat(41))).andExpect(status().isBadRequest());
    }

    @Test
    void theCertificatePageAnswersCitizensWithTheLawfulRouteAndIsAnEntranceDoor() throws Exception {
        mvc.perform(get("/public/certificates").param("q", "养犬证明")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("养犬登记")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("村（社区）不应出具")));
        mvc.perform(get("/public/certificates").param("q", "<script>alert(1)</script>")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert(1)"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("清单中没有该证明事项")));
        assertThat(entrances).anyMatch(e -> e.link().equals("/public/certificates"));
        // the province extends the catalogue from its page; a citizen then finds the new entry
        mvc.perform(post("/burden/certificates").with(as(StaffFixtures.provinceAdmin())).param("name", "房屋租赁证明" + s)
                .param("status", "BANNED").param("lawfulRoute", "凭租赁合同及不动产登记信息办理").param("basis", "四川省补充清单"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/certificates").param("q", "房屋租赁证明" + s)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("凭租赁合同及不动产登记信息办理")));
        mvc.perform(post("/burden/certificates").with(as(StaffFixtures.provinceAdmin())).param("name", "x" + s)
                .param("status", "MAYBE").param("basis", "x")).andExpect(status().isBadRequest());
        assertThat(certificates.lookup("x" + s)).isEmpty();
    }

    @Test
    void anotherCountysBodyNeitherSeesNorDecidesAnApplication() throws Exception {
        var applied = admissions.apply(department(), application("SC-" + s, "老年人权益保障法§33", today.plusDays(120)));
        ApplicationId id = applied.application().id();
        UnitView jinjiang = units.create(StaffFixtures.provinceAdmin(), "锦江区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510104000000");
        StaffPrincipal other = StaffFixtures.staff(8_400_003L, "jj" + s, jinjiang.id().value(), jinjiang.name(),
                UnitKind.SOCIAL_WORK_DEPARTMENT, "510104000000", Role.COUNTY_ADMIN);
        mvc.perform(get("/api/v1/burden/applications/" + id).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/burden/applications/" + id + "/decision").with(as(other))
                .contentType(MediaType.APPLICATION_JSON).content("{\"admit\":true}")).andExpect(status().isNotFound());
        assertThat(admissions.get(countyAdmin(), id).application().status()).isEqualTo("PENDING");
        assertThat(admissions.list(other, null, 500)).noneMatch(v -> v.application().id().equals(id));
    }

    @Test
    void toDosOverviewAndTheExcelRoundTripShowWhatWaits() throws Exception {
        StaffPrincipal dept = department();
        String item = "XL-" + s;
        admitInJinhuaqiao(item);
        var f = forms.define(dept, newForm(item, List.of(intField("staff", "社区工作者人数", null),
                new DataForms.NewField("note", "说明", FieldType.TEXT, false, null, null, 20, null, null))));
        DataFormId id = f.form().id();
        forms.publish(dept, id);
        StaffPrincipal village = real(villageStaff("510107013006", 8_400_004L), 8_400_004L);
        var lines = toDoSources.stream().flatMap(t -> t.today(village).stream()).toList();
        assertThat(lines).anyMatch(t -> t.titleKey().equals("burden.todo.fill") && t.count() >= 1);
        var decide = toDoSources.stream().flatMap(t -> t.today(countyAdmin()).stream()).toList();
        admissions.apply(dept, application("TD-" + s, "老年人权益保障法§33", today.plusDays(120)));
        assertThat(toDoSources.stream().flatMap(t -> t.today(countyAdmin()).stream()))
                .anyMatch(t -> t.titleKey().equals("burden.todo.decide") && t.count() >= 1);
        assertThat(decide).isNotNull();
        var tile = overviewSources.stream().map(o -> o.tile(countyAdmin(), WUHOU)).flatMap(java.util.Optional::stream)
                .filter(t -> t.titleKey().equals("burden.overview.title")).findFirst().orElseThrow();
        assertThat(tile.figures()).extracting(org.shegong.OverviewTile.Figure::labelKey)
                .containsExactly("burden.overview.admitted", "burden.overview.refused", "burden.overview.outstanding");
        // fill in by Excel: download the template, write the values, upload
        byte[] template = mvc.perform(get("/burden/forms/" + id + "/template.xlsx").with(as(village)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] filled;
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(template));
                var out = new java.io.ByteArrayOutputStream()) {
            book.getSheetAt(0).getRow(1).getCell(2).setCellValue(14);
            book.getSheetAt(0).getRow(2).getCell(2).setCellValue("含2名兼职");
            book.write(out);
            filled = out.toByteArray();
        }
        // a value breaking its rule is refused with nothing stored
        byte[] bad;
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(template));
                var out = new java.io.ByteArrayOutputStream()) {
            book.getSheetAt(0).getRow(1).getCell(2).setCellValue("十四");
            book.write(out);
            bad = out.toByteArray();
        }
        mvc.perform(multipart("/burden/forms/" + id + "/upload").file(new MockMultipartFile("file", "f.xlsx",
                BurdenPageControllerTypes.XLSX, bad)).with(as(village))).andExpect(status().isBadRequest());
        assertThat(forms.fillView(village, id).versions()).isEmpty();
        mvc.perform(multipart("/burden/forms/" + id + "/upload").file(new MockMultipartFile("file", "f.xlsx",
                BurdenPageControllerTypes.XLSX, filled)).with(as(village))).andExpect(status().is3xxRedirection());
        var view = forms.fillView(village, id);
        assertThat(view.versions()).singleElement().satisfies(v -> assertThat(v.channel()).isEqualTo("EXCEL"));
        assertThat(view.values().get(0).value()).isEqualTo("14");
        assertThat(view.values().get(1).value()).isEqualTo("含2名兼职");
        // the burden dashboard exports as Excel
        byte[] xlsx = mvc.perform(get("/burden/dashboard.xlsx").with(as(real(countyAdmin(), 8_400_005L))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("村（社区）");
        }
    }

    /** The Excel content type the upload expects. */
    static final class BurdenPageControllerTypes {
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Test
    void thePushPageRefusesAndCountsWorkCitingNoAdmittedItemNamingTheRuleAndGivesAdmittedWork() throws Exception {
        StaffPrincipal dept = real(department(), 8_400_091L);
        Scope wuhou = Scope.of(RegionCode.of(WUHOU));
        Instant from = Instant.now().minusSeconds(5);
        long before = villageLists.refusals(wuhou, from, Instant.now().plusSeconds(3600));
        mvc.perform(get("/burden/pushes").with(as(dept))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"push-form\"")));
        mvc.perform(post("/burden/pushes").with(as(dept)).param("villageCode", JINHUA).param("itemCode", "PG-" + s)
                .param("kind", "MEETING").param("what", "<b>迎检会议</b>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-rule=\"duty.village.notAdmitted\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("本次已拒绝并计数")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("refused and counted")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<b>迎检会议"))));
        assertThat(villageLists.refusals(wuhou, from, Instant.now().plusSeconds(3600)) - before).isEqualTo(1);
        assertThat(villageLists.refusalsByKind(wuhou, from, Instant.now().plusSeconds(3600))).containsKey("MEETING");
        // a village outside the caller's scope is not found, and a bad code is refused with the field named
        mvc.perform(post("/burden/pushes").with(as(dept)).param("villageCode", "510402001002").param("itemCode", "PG-" + s)
                .param("what", "入户核查")).andExpect(status().isNotFound());
        mvc.perform(post("/burden/pushes").with(as(dept)).param("villageCode", "51x").param("what", "入户核查"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-rule=\"burden.push.village.invalid\"")));
        assertThat(villageLists.refusals(wuhou, from, Instant.now().plusSeconds(3600)) - before).isEqualTo(1);
        // once admitted for the village, the same work is given and the page says so
        villageLists.addAdmitted("test", RegionCode.of(JINHUA), "PG-" + s, "居民议事会议", VillageWorkType.LAWFUL_ASSIST,
                today.minusDays(1), null);
        mvc.perform(post("/burden/pushes").with(as(dept)).param("villageCode", JINHUA).param("itemCode", "pg-" + s)
                .param("kind", "MEETING").param("what", "居民议事会议"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"push-accepted\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("PG-" + s)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("push-refused"))));
        assertThat(villageLists.refusals(wuhou, from, Instant.now().plusSeconds(3600)) - before).isEqualTo(1);
        // a village worker may not give work to villages
        mvc.perform(post("/burden/pushes").with(as(real(villageStaff(JINHUA, 8_400_092L), 8_400_092L)))
                .param("villageCode", JINHUA).param("itemCode", "PG-" + s).param("what", "x")).andExpect(status().isForbidden());
    }
}
