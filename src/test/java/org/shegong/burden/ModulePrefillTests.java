package org.shegong.burden;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shegong.calendar.Deadline;
import org.shegong.region.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pre-fill figures other modules hold (一表通), each checked against records made here by hand in a village no
 * other test uses (a made-up 武侯区 township 099), so each figure is exact.
 */
@SpringBootTest
class ModulePrefillTests {

    static final RegionCode VILLAGE = RegionCode.of("510107099087");
    static final RegionCode OTHER_VILLAGE = RegionCode.of("510107099088");
    static final RegionCode TOWNSHIP = RegionCode.of("510107099000");

    @Autowired
    List<PrefillSource> sources;
    @Autowired
    DataForms forms;
    @Autowired
    JdbcClient jdbc;

    final String s = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private Map<RegionCode, BigDecimal> values(String key, RegionCode... units) {
        PrefillSource source = sources.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
        return source.values(Set.of(units));
    }

    @Test
    void everyNewFigureIsOfferedToFormOwners() {
        assertThat(forms.sources().stream().map(DataForms.Source::key).collect(Collectors.toSet())).contains(
                "demand.receivedLastMonth", "volunteer.registered", "volunteer.hours", "care.ELDERLY_ALONE",
                "care.LEFT_BEHIND_CHILD", "care.VULNERABLE_CHILD", "care.DISABLED", "care.LOW_INCOME", "workforce.residents");
    }

    @Test
    void demandsCountTheWholeOfLastMonthOnlyAndNotMergedDuplicates() {
        YearMonth last = YearMonth.from(LocalDate.now(Deadline.ZONE)).minusMonths(1);
        var lastStart = last.atDay(1).atStartOfDay(Deadline.ZONE).toInstant();
        var thisStart = last.plusMonths(1).atDay(1).atStartOfDay(Deadline.ZONE).toInstant();
        demand(VILLAGE.value() + "001", lastStart, "RECEIVED"); // first instant of last month: counted (in a grid of the village)
        demand(VILLAGE.value(), thisStart.minusSeconds(1), "CLOSED"); // last second of last month: counted
        demand(VILLAGE.value(), thisStart, "RECEIVED"); // this month: not counted
        demand(VILLAGE.value(), lastStart.minusSeconds(1), "RECEIVED"); // the month before: not counted
        demand(VILLAGE.value(), lastStart.plusSeconds(3600), "MERGED"); // a merged duplicate: not counted again
        demand(OTHER_VILLAGE.value(), lastStart.plusSeconds(3600), "RECEIVED");
        assertThat(values("demand.receivedLastMonth", VILLAGE, OTHER_VILLAGE, TOWNSHIP))
                .containsEntry(VILLAGE, BigDecimal.valueOf(2)).containsEntry(OTHER_VILLAGE, BigDecimal.ONE)
                .containsEntry(TOWNSHIP, BigDecimal.valueOf(3));
    }

    private void demand(String region, java.time.Instant at, String status) {
        jdbc.sql("""
                INSERT INTO demand (tracking_code, kind, limit_class, channel, region_code, category_code, matter, phone_cipher,
                  phone_index, phone_masked, status, received_at, dispatch_by)
                VALUES (:t, 'REQUEST', 'GENERAL', 'HOTLINE', :r, 'OTHER', '路灯不亮', '\\x00'::bytea, :t, '138****0000', :s, :at, :at)""")
                .param("t", "PF" + s + UUID.randomUUID().toString().substring(0, 8)).param("r", region).param("s", status)
                .param("at", Timestamp.from(at)).update();
    }

    @Test
    void volunteersAreCountedWhereTheyLiveAndHoursWhereTheConfirmedServiceWasGiven() {
        long v1 = volunteer(VILLAGE.value());
        volunteer(VILLAGE.value() + "002");
        volunteer(OTHER_VILLAGE.value());
        long unit = jdbc.sql("SELECT min(id) FROM identity_unit").query(Long.class).single();
        long org = jdbc.sql("""
                INSERT INTO volunteer_organization (name, unit_id, region_code, status, registered_by, registered_at)
                VALUES (:n, :u, :r, 'APPROVED', 'test', now()) RETURNING id""")
                .param("n", "预填测试志愿队" + s).param("u", unit).param("r", VILLAGE.value()).query(Long.class).single();
        long activity = jdbc.sql("""
                INSERT INTO volunteer_activity (organization_id, title, region_code, place, risk, insurance_required, status,
                  created_by, created_at) VALUES (:o, '敬老院陪伴', :r, '社区活动室', 'LOW', false, 'PUBLISHED', 'test', now())
                RETURNING id""").param("o", org).param("r", VILLAGE.value()).query(Long.class).single();
        long shift = jdbc.sql("""
                INSERT INTO volunteer_shift (activity_id, role_name, place, starts_at, ends_at, capacity)
                VALUES (:a, '陪伴', '社区活动室', now() - interval '3 hours', now() - interval '1 hour', 5) RETURNING id""")
                .param("a", activity).query(Long.class).single();
        attendance(shift, v1, 90, "CONFIRMED");
        attendance(shift, volunteer(OTHER_VILLAGE.value()), 45, "PENDING"); // not confirmed: not counted
        assertThat(values("volunteer.registered", VILLAGE, OTHER_VILLAGE, TOWNSHIP))
                .containsEntry(VILLAGE, BigDecimal.valueOf(2)).containsEntry(OTHER_VILLAGE, BigDecimal.valueOf(2))
                .containsEntry(TOWNSHIP, BigDecimal.valueOf(4));
        assertThat(values("volunteer.hours", VILLAGE, OTHER_VILLAGE))
                .containsEntry(VILLAGE, new BigDecimal("1.5")).containsEntry(OTHER_VILLAGE, new BigDecimal("0.0"));
    }

    private long volunteer(String region) {
        String u = UUID.randomUUID().toString().replace("-", "");
        return jdbc.sql("""
                INSERT INTO volunteer_volunteer (number, name, id_cipher, id_index, id_masked, birth_date, mobile_cipher,
                  mobile_index, mobile_masked, password_hash, region_code, registered_at)
                VALUES (:n, '预填测试', '\\x00'::bytea, :i, '5101**********0000', date '1990-01-01', '\\x00'::bytea, :m,
                  '138****0000', 'x', :r, now()) RETURNING id""")
                .param("n", u.substring(0, 20)).param("i", "i" + u).param("m", "m" + u).param("r", region)
                .query(Long.class).single();
    }

    private void attendance(long shift, long volunteer, int minutes, String status) {
        long signup = jdbc.sql("""
                INSERT INTO volunteer_signup (shift_id, volunteer_id, status, signed_at, changed_at)
                VALUES (:s, :v, 'CONFIRMED', now(), now()) RETURNING id""").param("s", shift).param("v", volunteer)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO volunteer_attendance (signup_id, minutes, status) VALUES (:g, :m, :st)").param("g", signup)
                .param("m", minutes).param("st", status).update();
    }

    @Test
    void priorityGroupPeopleAreCountedByGroupAndOnlyWhileActive() {
        person("ELDERLY_ALONE", VILLAGE, true);
        person("ELDERLY_ALONE", VILLAGE, true);
        person("ELDERLY_ALONE", VILLAGE, false); // no longer followed: not counted
        person("DISABLED", VILLAGE, true);
        person("LEFT_BEHIND_CHILD", OTHER_VILLAGE, true);
        assertThat(values("care.ELDERLY_ALONE", VILLAGE, OTHER_VILLAGE, TOWNSHIP)).containsEntry(VILLAGE, BigDecimal.valueOf(2))
                .containsEntry(OTHER_VILLAGE, BigDecimal.ZERO).containsEntry(TOWNSHIP, BigDecimal.valueOf(2));
        assertThat(values("care.DISABLED", VILLAGE)).containsEntry(VILLAGE, BigDecimal.ONE);
        assertThat(values("care.LEFT_BEHIND_CHILD", VILLAGE, TOWNSHIP)).containsEntry(VILLAGE, BigDecimal.ZERO)
                .containsEntry(TOWNSHIP, BigDecimal.ONE);
        assertThat(values("care.LOW_INCOME", TOWNSHIP)).containsEntry(TOWNSHIP, BigDecimal.ZERO);
    }

    private void person(String group, RegionCode village, boolean active) {
        long unit = jdbc.sql("SELECT min(id) FROM identity_unit").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO care_person (name, group_code, risk, resident_id_cipher, resident_id_index, resident_id_masked,
                  birth_year, village_code, township_code, region_code, responsible_unit_id, visit_days, next_due_at, active,
                  created_by, created_at)
                VALUES ('预填测试', :g, 'NORMAL', '\\x00'::bytea, :i, '5101**********0000', 1940, :v, :t, :r, :u, 7,
                  now() + interval '7 days', :a, 'test', now())""")
                .param("g", group).param("i", UUID.randomUUID().toString()).param("v", village.value())
                .param("t", village.ancestorAt(org.shegong.region.RegionLevel.TOWNSHIP).value())
                .param("r", village.value() + "001").param("u", unit).param("a", active).update();
    }

    @Test
    void populationIsOfferedOnlyWhereAFigureWasEntered() {
        jdbc.sql("INSERT INTO workforce_population (region_code, residents, year, source) VALUES (:r, 2345, 2025, '社区台账')")
                .param("r", VILLAGE.value()).update();
        assertThat(values("workforce.residents", VILLAGE, OTHER_VILLAGE)).containsEntry(VILLAGE, BigDecimal.valueOf(2345))
                .doesNotContainKey(OTHER_VILLAGE);
    }
}
