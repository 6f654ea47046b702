package org.shegong.volunteer;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shegong.Rows;
import org.shegong.region.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Volunteers by county and star level, confirmed hours by month, active organizations — within the caller's scope. */
@Service
public class VolunteerStatistics {

    static final Duration ACTIVE_WITHIN = Duration.ofDays(90);

    private final JdbcClient jdbc;
    private final VolunteerRegistry registry;
    private final Clock clock;

    VolunteerStatistics(JdbcClient jdbc, VolunteerRegistry registry, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.clock = clock;
    }

    /** Volunteers of one county (service area) with {@code stars} stars. */
    public record ByRegionAndStar(String county, int stars, long volunteers) {
    }

    /** Confirmed hours of activities in scope, by month of service. */
    public record ByMonth(String month, long minutes, long volunteers) {

        public String hours() {
            return Hours.text(minutes);
        }
    }

    /** An organization with activities in the last 90 days. */
    public record ActiveOrganization(String name, String regionCode, long activities, long volunteers, long minutes) {

        public String hours() {
            return Hours.text(minutes);
        }
    }

    @Schema(name = "VolunteerStatisticsSummary")
    public record Summary(List<ByRegionAndStar> byRegionAndStar, List<ByMonth> byMonth, List<ActiveOrganization> active) {
    }

    @Transactional(readOnly = true)
    public Summary summary(Scope scope) {
        record Minutes(String regionCode, long confirmed) {
        }
        Map<String, long[]> counts = new TreeMap<>();
        jdbc.sql("""
                SELECT v.region_code, coalesce((SELECT sum(t.minutes) FROM volunteer_attendance t JOIN volunteer_signup g ON g.id = t.signup_id
                   WHERE g.volunteer_id = v.id AND t.status = 'CONFIRMED'), 0) AS confirmed
                FROM volunteer_volunteer v WHERE v.region_code LIKE :region""")
                .param("region", scope.regionLike()).query(Rows.of(Minutes.class)).list().forEach(m -> {
                    int stars = registry.stars(m.regionCode(), m.confirmed());
                    counts.computeIfAbsent(m.regionCode().substring(0, 6) + "000000", k -> new long[6])[Math.min(stars, 5)]++;
                });
        List<ByRegionAndStar> byRegion = counts.entrySet().stream()
                .flatMap(e -> java.util.stream.IntStream.range(0, 6).filter(i -> e.getValue()[i] > 0)
                        .mapToObj(i -> new ByRegionAndStar(e.getKey(), i, e.getValue()[i])))
                .toList();
        List<ByMonth> byMonth = jdbc.sql("""
                SELECT to_char(s.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, sum(t.minutes) AS minutes,
                  count(DISTINCT g.volunteer_id) AS volunteers
                FROM volunteer_attendance t JOIN volunteer_signup g ON g.id = t.signup_id JOIN volunteer_shift s ON s.id = g.shift_id
                JOIN volunteer_activity a ON a.id = s.activity_id
                WHERE t.status = 'CONFIRMED' AND a.region_code LIKE :region GROUP BY 1 ORDER BY 1 DESC LIMIT 36""")
                .param("region", scope.regionLike()).query(Rows.of(ByMonth.class)).list();
        List<ActiveOrganization> active = jdbc.sql("""
                SELECT o.name, o.region_code, count(DISTINCT a.id) AS activities, count(DISTINCT g.volunteer_id) AS volunteers,
                  coalesce(sum(t.minutes) FILTER (WHERE t.status = 'CONFIRMED'), 0) AS minutes
                FROM volunteer_organization o JOIN volunteer_activity a ON a.organization_id = o.id
                JOIN volunteer_shift s ON s.activity_id = a.id
                LEFT JOIN volunteer_signup g ON g.shift_id = s.id AND g.status = 'CONFIRMED'
                LEFT JOIN volunteer_attendance t ON t.signup_id = g.id
                WHERE o.region_code LIKE :region AND o.status = 'APPROVED' AND s.starts_at > :since
                GROUP BY o.id, o.name, o.region_code ORDER BY minutes DESC, o.name LIMIT 200""")
                .param("region", scope.regionLike()).param("since", Timestamp.from(clock.instant().minus(ACTIVE_WITHIN)))
                .query(Rows.of(ActiveOrganization.class)).list();
        return new Summary(byRegion, byMonth, active);
    }

    /** The same figures as an Excel workbook, one sheet each. */
    public byte[] workbook(Scope scope) {
        Summary s = summary(scope);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet a = wb.createSheet("志愿者 Volunteers");
            header(a, "区县 County", "星级 Stars", "人数 Volunteers");
            int r = 1;
            for (ByRegionAndStar x : s.byRegionAndStar()) {
                Row row = a.createRow(r++);
                row.createCell(0).setCellValue(x.county());
                row.createCell(1).setCellValue(x.stars());
                row.createCell(2).setCellValue(x.volunteers());
            }
            Sheet b = wb.createSheet("时长 Hours by month");
            header(b, "月份 Month", "确认时长（小时）Confirmed hours", "人数 Volunteers");
            r = 1;
            for (ByMonth x : s.byMonth()) {
                Row row = b.createRow(r++);
                row.createCell(0).setCellValue(x.month());
                row.createCell(1).setCellValue(x.minutes() / 60.0);
                row.createCell(2).setCellValue(x.volunteers());
            }
            Sheet c = wb.createSheet("活跃组织 Active organizations");
            header(c, "组织 Organization", "区划 Region", "活动 Activities", "人数 Volunteers", "确认时长（小时）Confirmed hours");
            r = 1;
            for (ActiveOrganization x : s.active()) {
                Row row = c.createRow(r++);
                // a leading = + - @ would make a spreadsheet formula of a name: quote it
                row.createCell(0).setCellValue(x.name().matches("^[=+\\-@].*") ? "'" + x.name() : x.name());
                row.createCell(1).setCellValue(x.regionCode());
                row.createCell(2).setCellValue(x.activities());
                row.createCell(3).setCellValue(x.volunteers());
                row.createCell(4).setCellValue(x.minutes() / 60.0);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    /** Registered volunteers living in each of {@code units} (villages or townships). For pre-filling forms. */
    public Map<org.shegong.region.RegionCode, Long> registeredIn(java.util.Collection<org.shegong.region.RegionCode> units) {
        Map<org.shegong.region.RegionCode, Long> out = new java.util.HashMap<>();
        for (org.shegong.region.RegionCode u : units) {
            out.put(u, jdbc.sql("SELECT count(*) FROM volunteer_volunteer WHERE region_code LIKE :p")
                    .param("p", u.prefix() + "%").query(Long.class).single());
        }
        return out;
    }

    /** Confirmed service minutes of the activities held in each of {@code units}. For pre-filling forms. */
    public Map<org.shegong.region.RegionCode, Long> confirmedMinutesIn(java.util.Collection<org.shegong.region.RegionCode> units) {
        Map<org.shegong.region.RegionCode, Long> out = new java.util.HashMap<>();
        for (org.shegong.region.RegionCode u : units) {
            out.put(u, jdbc.sql("""
                    SELECT coalesce(sum(t.minutes), 0) FROM volunteer_attendance t JOIN volunteer_signup g ON g.id = t.signup_id
                    JOIN volunteer_shift s ON s.id = g.shift_id JOIN volunteer_activity a ON a.id = s.activity_id
                    WHERE t.status = 'CONFIRMED' AND a.region_code LIKE :p""")
                    .param("p", u.prefix() + "%").query(Long.class).single());
        }
        return out;
    }
}
