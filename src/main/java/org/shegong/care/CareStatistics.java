package org.shegong.care;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.shegong.GridTask;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotPermitted;
import org.shegong.Rows;
import org.shegong.ShegongApplication;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits done against visits due per township or grid, the overdue list, people per group per township, open needs —
 * all within the caller's region. Visits due in a period: for each active person, the period's days divided by the
 * person's interval, rounded up (a weekly plan over 30 days is 5 visits due).
 */
@Service
public class CareStatistics {

    static final int MAX_PERIOD_DAYS = 366;
    /** Visits due within this window show on the grid worker's list. */
    static final java.time.Duration DUE_SOON = java.time.Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final Clock clock;

    CareStatistics(JdbcClient jdbc, RegionDirectory regions, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.clock = clock;
    }

    /** Done against due in one township or grid over the period; {@code overdue} counts people overdue now. */
    public record Coverage(String code, String name, long people, long due, long done, long onTime, long overdue) {

        public double rate() {
            return due == 0 ? 1.0 : Math.min(1.0, (double) done / due);
        }
    }

    /** People of one group in one township. */
    public record ByGroup(String township, String townshipName, String groupCode, long people) {
    }

    /** A person whose visit is overdue, masked as in every list. */
    public record Overdue(PersonId id, String name, String groupCode, String gridCode, @Nullable String visitorName,
            @Nullable Instant lastVisitAt, Instant dueAt, long daysOverdue, boolean escalated) {
    }

    /** A need not yet settled. */
    public record OpenNeed(long id, PersonId personId, String description, @Nullable NeedKind kind, String status,
            @Nullable String demandCode, @Nullable Long activityId, Instant createdAt) {
    }

    @Schema(name = "CareStatisticsSummary")
    public record Summary(LocalDate from, LocalDate to, boolean byGrid, List<Coverage> coverage, List<ByGroup> byGroup,
            long overdue) {
    }

    @Transactional(readOnly = true)
    public Summary summary(StaffPrincipal me, @Nullable LocalDate from, @Nullable LocalDate to) {
        requireStatistics(me);
        LocalDate today = LocalDate.now(clock.withZone(ShegongApplication.ZONE));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days < 1 || days > MAX_PERIOD_DAYS) {
            throw new InvalidInput("from", "care.statistics.period", MAX_PERIOD_DAYS);
        }
        RegionCode region = me.scope().region();
        boolean byGrid = region.level() == RegionLevel.TOWNSHIP || RegionLevel.TOWNSHIP.isAbove(region.level());
        String key = byGrid ? "region_code" : "substr(region_code, 1, 9) || '000'";
        Instant now = clock.instant();
        List<Coverage> coverage = jdbc.sql("""
                WITH people AS (
                  SELECT %1$s AS k, count(*) AS people, sum(ceil(:days::numeric / visit_days))::bigint AS due,
                    count(*) FILTER (WHERE next_due_at <= :now) AS overdue
                  FROM care_person WHERE active AND region_code LIKE :like GROUP BY 1),
                visits AS (
                  SELECT %1$s AS k, count(*) AS done, count(*) FILTER (WHERE on_time) AS on_time
                  FROM care_visit WHERE region_code LIKE :like AND visited_at >= :from AND visited_at < :to GROUP BY 1)
                SELECT p.k AS code, p.people, p.due, coalesce(v.done, 0) AS done, coalesce(v.on_time, 0) AS on_time, p.overdue
                FROM people p LEFT JOIN visits v ON v.k = p.k ORDER BY p.k LIMIT 2000""".formatted(key))
                .param("days", days).param("now", Timestamp.from(now)).param("like", me.scope().regionLike())
                .param("from", Timestamp.from(start.atStartOfDay(ShegongApplication.ZONE).toInstant()))
                .param("to", Timestamp.from(end.plusDays(1).atStartOfDay(ShegongApplication.ZONE).toInstant()))
                .query(Rows.of(CoverageRow.class)).list().stream()
                .map(c -> new Coverage(c.code(), name(c.code()), c.people(), c.due(), c.done(), c.onTime(), c.overdue()))
                .toList();
        List<ByGroup> byGroup = jdbc.sql("""
                SELECT township_code AS township, group_code, count(*) AS people FROM care_person
                WHERE active AND region_code LIKE :like
                GROUP BY 1, 2 ORDER BY 1, 2 LIMIT 5000""")
                .param("like", me.scope().regionLike())
                .query(Rows.of(GroupCount.class)).list().stream()
                .map(g -> new ByGroup(g.township(), name(g.township()), g.groupCode(), g.people())).toList();
        long overdue = coverage.stream().mapToLong(Coverage::overdue).sum();
        return new Summary(start, end, byGrid, coverage, byGroup, overdue);
    }

    private String name(String code) {
        if (code.length() == 15) {
            return code;
        }
        return regions.find(RegionCode.of(code)).map(Region::name).orElse(code);
    }

    /**
     * People whose visit is overdue, longest overdue first, in {@code me}'s region — for a grid worker, in their own
     * grids and those assigned to them ({@code grids} non-null).
     */
    @Transactional(readOnly = true)
    public List<Overdue> overdue(StaffPrincipal me, @Nullable List<String> grids, int limit) {
        if (!CareStep.VIEW.allowsAnyOf(me.roles())) {
            throw new NotPermitted("care.rule.role");
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT p.id, p.name, g.sensitive, p.group_code, p.region_code AS grid_code, p.visitor_name, p.last_visit_at,
                  p.next_due_at, p.escalated_at IS NOT NULL AS escalated
                FROM care_person p JOIN care_group g ON g.code = p.group_code
                WHERE p.active AND p.next_due_at <= :now AND p.region_code LIKE :like
                  AND (:all OR p.region_code IN (:grids) OR p.visitor_account_id = :me)
                ORDER BY p.next_due_at, p.id LIMIT :limit""")
                .param("now", Timestamp.from(now)).param("like", me.scope().regionLike()).param("all", grids == null)
                .param("grids", grids == null || grids.isEmpty() ? List.of("-") : grids).param("me", me.accountId().value())
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .query(Rows.of(OverdueRow.class)).list().stream().map(r -> r.overdue(now)).toList();
    }

    /** Visits due within a week (or overdue) in the given grids inside {@code me}'s region: a grid worker's list. */
    @Transactional(readOnly = true)
    public List<GridTask> dueSoon(StaffPrincipal me, Collection<String> gridCodes) {
        if (!CareStep.LOG_VISIT.allowsAnyOf(me.roles()) || gridCodes.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT p.id, p.name, g.sensitive, g.name_zh AS group_name, p.region_code AS grid_code, p.next_due_at
                FROM care_person p JOIN care_group g ON g.code = p.group_code
                WHERE p.active AND p.region_code IN (:grids) AND p.region_code LIKE :like AND p.next_due_at <= :soon
                ORDER BY p.next_due_at, p.id LIMIT 200""")
                .param("grids", List.copyOf(gridCodes)).param("like", me.scope().regionLike())
                .param("soon", Timestamp.from(now.plus(DUE_SOON)))
                .query(Rows.of(DueRow.class)).list().stream().map(DueRow::task).toList();
    }

    private record CoverageRow(String code, long people, long due, long done, long onTime, long overdue) {
    }

    private record GroupCount(String township, String groupCode, long people) {
    }

    /** An overdue person as read; a sensitive group's name is masked, as in every list. */
    private record OverdueRow(PersonId id, String name, boolean sensitive, String groupCode, String gridCode,
            @Nullable String visitorName, @Nullable Instant lastVisitAt, Instant nextDueAt, boolean escalated) {

        Overdue overdue(Instant now) {
            return new Overdue(id, sensitive ? CareRegistry.maskName(name) : name, groupCode, gridCode, visitorName,
                    lastVisitAt, nextDueAt, VisitSchedule.daysOverdue(nextDueAt, now), escalated);
        }
    }

    /** A visit due soon as read; a sensitive group's name is masked. */
    private record DueRow(long id, String name, boolean sensitive, String groupName, String gridCode, Instant nextDueAt) {

        GridTask task() {
            return new GridTask("care.task.visit", "关爱走访：" + groupName + " "
                    + (sensitive ? CareRegistry.maskName(name) : name), gridCode, nextDueAt, "/care/people/" + id);
        }
    }

    /** Needs not yet settled in {@code me}'s region, oldest first. */
    @Transactional(readOnly = true)
    public List<OpenNeed> openNeeds(StaffPrincipal me, int limit) {
        if (!CareStep.VIEW.allowsAnyOf(me.roles())) {
            throw new NotPermitted("care.rule.role");
        }
        return jdbc.sql("""
                SELECT id, person_id, description, kind, status, demand_code, activity_id, created_at FROM care_need
                WHERE status <> 'DONE' AND region_code LIKE :like ORDER BY created_at, id LIMIT :limit""")
                .param("like", me.scope().regionLike()).param("limit", Math.max(1, Math.min(limit, 1000)))
                .query(Rows.of(OpenNeed.class)).list();
    }

    /** The summary and the overdue list as an Excel workbook. */
    @Transactional(readOnly = true)
    public byte[] workbook(StaffPrincipal me, @Nullable LocalDate from, @Nullable LocalDate to) {
        Summary s = summary(me, from, to);
        List<Overdue> overdue = overdue(me, null, 1000);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet a = wb.createSheet("走访 Visits");
            header(a, "区划 Region", "名称 Name", "对象 People", "应访 Due", "已访 Done", "按时 On time", "完成率 Rate", "逾期 Overdue now");
            int r = 1;
            for (Coverage c : s.coverage()) {
                Row row = a.createRow(r++);
                row.createCell(0).setCellValue(c.code());
                row.createCell(1).setCellValue(safe(c.name()));
                row.createCell(2).setCellValue(c.people());
                row.createCell(3).setCellValue(c.due());
                row.createCell(4).setCellValue(c.done());
                row.createCell(5).setCellValue(c.onTime());
                row.createCell(6).setCellValue(Math.round(c.rate() * 1000) / 10.0);
                row.createCell(7).setCellValue(c.overdue());
            }
            Sheet b = wb.createSheet("群体 Groups");
            header(b, "乡镇（街道） Township", "名称 Name", "群体 Group", "人数 People");
            r = 1;
            for (ByGroup g : s.byGroup()) {
                Row row = b.createRow(r++);
                row.createCell(0).setCellValue(g.township());
                row.createCell(1).setCellValue(safe(g.townshipName()));
                row.createCell(2).setCellValue(g.groupCode());
                row.createCell(3).setCellValue(g.people());
            }
            Sheet c = wb.createSheet("逾期 Overdue");
            header(c, "编号 Id", "姓名 Name", "群体 Group", "网格 Grid", "走访人 Visitor", "应访截止 Due", "逾期天数 Days", "已上报 Escalated");
            r = 1;
            for (Overdue o : overdue) {
                Row row = c.createRow(r++);
                row.createCell(0).setCellValue(o.id().value());
                row.createCell(1).setCellValue(safe(o.name()));
                row.createCell(2).setCellValue(o.groupCode());
                row.createCell(3).setCellValue(o.gridCode());
                row.createCell(4).setCellValue(o.visitorName() == null ? "" : safe(o.visitorName()));
                row.createCell(5).setCellValue(o.dueAt().atZone(ShegongApplication.ZONE).toLocalDate().minusDays(1).toString());
                row.createCell(6).setCellValue(o.daysOverdue());
                row.createCell(7).setCellValue(o.escalated() ? "是 yes" : "否 no");
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A leading = + - @ would make a spreadsheet formula of a name: quote it. */
    private static String safe(String text) {
        return text.matches("^[=+\\-@].*") ? "'" + text : text;
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    static void requireStatistics(StaffPrincipal me) {
        if (!CareStep.VIEW_STATISTICS.allowsAnyOf(me.roles())) {
            throw new NotPermitted("care.rule.role");
        }
    }
}
