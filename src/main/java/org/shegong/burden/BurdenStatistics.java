package org.shegong.burden;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.Rows;
import org.shegong.calendar.Deadline;
import org.shegong.duty.VillageWorkLists;
import org.shegong.identity.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The burden dashboard: per village/community and month, the forms, fields and estimated hours asked of it through
 * the platform and what pre-filling saved (fields × the form's minutes per field); the refusals of unadmitted work;
 * admission applications. Scoped to the caller's region; exported as Excel.
 */
@Service
public class BurdenStatistics {

    private final JdbcClient jdbc;
    private final BurdenPermissions permissions;
    private final VillageWorkLists villageLists;
    private final Clock clock;

    BurdenStatistics(JdbcClient jdbc, BurdenPermissions permissions, VillageWorkLists villageLists, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.villageLists = villageLists;
        this.clock = clock;
    }

    public record UnitBurden(String regionCode, long forms, long fields, long prefilled, BigDecimal hours,
            BigDecimal savedHours) {
    }

    @Schema(name = "BurdenStatisticsDashboard")
    public record Dashboard(YearMonth month, String regionCode, long forms, long fieldsAsked, long fieldsPrefilled,
            BigDecimal hours, BigDecimal savedHours, long refusals, Map<String, Long> refusalsByKind, long pending,
            long admitted, long refused, List<UnitBurden> units) {
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(StaffPrincipal me, @Nullable String month) {
        permissions.require(me, BurdenStep.VIEW_STATISTICS);
        YearMonth m = month(month);
        String like = me.scope().assignedOnly() ? "-" : me.scope().regionLike();
        List<UnitBurden> units = jdbc.sql("""
                select t.region_code, count(*) as forms, sum(fc.n - t.prefilled) as fields, sum(t.prefilled) as prefilled,
                  round(sum((fc.n - t.prefilled) * f.minutes_per_field) / 60.0, 1) as hours,
                  round(sum(t.prefilled * f.minutes_per_field) / 60.0, 1) as saved_hours
                from burden_form_target t join burden_form f on f.id = t.form_id
                join (select form_id, count(*) n from burden_form_field group by form_id) fc on fc.form_id = f.id
                where t.region_code like :like and f.opens_on >= :from and f.opens_on < :to
                group by t.region_code order by hours desc, t.region_code limit 500
                """).param("like", like).param("from", m.atDay(1)).param("to", m.plusMonths(1).atDay(1))
                .query(Rows.of(UnitBurden.class)).list();
        var totals = jdbc.sql("""
                select count(distinct f.id) as forms, coalesce(sum(fc.n - t.prefilled), 0) as fields,
                  coalesce(sum(t.prefilled), 0) as prefilled,
                  coalesce(round(sum((fc.n - t.prefilled) * f.minutes_per_field) / 60.0, 1), 0) as hours,
                  coalesce(round(sum(t.prefilled * f.minutes_per_field) / 60.0, 1), 0) as saved_hours
                from burden_form_target t join burden_form f on f.id = t.form_id
                join (select form_id, count(*) n from burden_form_field group by form_id) fc on fc.form_id = f.id
                where t.region_code like :like and f.opens_on >= :from and f.opens_on < :to
                """).param("like", like).param("from", m.atDay(1)).param("to", m.plusMonths(1).atDay(1))
                .query(Rows.of(Totals.class)).single();
        Instant from = m.atDay(1).atStartOfDay(Deadline.ZONE).toInstant();
        Instant to = m.plusMonths(1).atDay(1).atStartOfDay(Deadline.ZONE).toInstant();
        var apps = jdbc.sql("""
                select count(*) filter (where status = 'PENDING') as pending,
                  count(*) filter (where status = 'ADMITTED') as admitted,
                  count(*) filter (where status = 'REFUSED') as refused from burden_application where county_code like :like
                """).param("like", like).query(Rows.of(Applications.class)).single();
        return new Dashboard(m, me.scope().region().value(), totals.forms(), totals.fields(), totals.prefilled(),
                totals.hours().setScale(1, RoundingMode.HALF_UP), totals.savedHours().setScale(1, RoundingMode.HALF_UP),
                me.scope().assignedOnly() ? 0 : villageLists.refusals(me.scope(), from, to),
                me.scope().assignedOnly() ? Map.of() : villageLists.refusalsByKind(me.scope(), from, to),
                apps.pending(), apps.admitted(), apps.refused(), units);
    }

    /** The month's forms, fields asked and pre-filled and the hours they take and save, over the scope. */
    private record Totals(long forms, long fields, long prefilled, BigDecimal hours, BigDecimal savedHours) {
    }

    private record Applications(long pending, long admitted, long refused) {
    }

    /** The dashboard's village rows as an Excel workbook. */
    @Transactional(readOnly = true)
    public byte[] excel(StaffPrincipal me, @Nullable String month) {
        Dashboard d = dashboard(me, month);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("基层负担 " + d.month());
            String[] head = { "村（社区）代码 Village", "表格数 Forms", "填报字段 Fields asked", "预填字段 Pre-filled",
                    "估计工时 Hours", "节省工时 Hours saved" };
            var h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            int r = 1;
            for (UnitBurden u : d.units()) {
                var row = sheet.createRow(r++);
                row.createCell(0).setCellValue(u.regionCode());
                row.createCell(1).setCellValue(u.forms());
                row.createCell(2).setCellValue(u.fields());
                row.createCell(3).setCellValue(u.prefilled());
                row.createCell(4).setCellValue(u.hours().doubleValue());
                row.createCell(5).setCellValue(u.savedHours().doubleValue());
            }
            var total = sheet.createRow(r + 1);
            total.createCell(0).setCellValue("合计 Total; 拒绝未准入事项 refusals: " + d.refusals());
            total.createCell(1).setCellValue(d.forms());
            total.createCell(2).setCellValue(d.fieldsAsked());
            total.createCell(3).setCellValue(d.fieldsPrefilled());
            total.createCell(4).setCellValue(d.hours().doubleValue());
            total.createCell(5).setCellValue(d.savedHours().doubleValue());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    YearMonth month(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(clock.withZone(Deadline.ZONE));
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput("month", "burden.month.invalid", text);
        }
    }
}
