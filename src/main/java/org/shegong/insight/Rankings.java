package org.shegong.insight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.identity.AuditEntry;
import org.shegong.identity.AuditLog;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.PlaceNames;
import org.shegong.region.Scope;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly 三率 rankings of the units in a scope (province, city or county: the units located there), the
 * demands behind each figure, the Excel export, and the weights in force.
 */
@Service
@EnableConfigurationProperties(InsightProperties.class)
public class Rankings {

    /** Which demands behind a unit's figures to list. */
    public enum Figure { ALL, LATE, NOT_REACHED, UNRESOLVED, DISSATISFIED, EXCLUDED }

    private final JdbcClient jdbc;
    private final InsightProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final PlaceNames places;

    Rankings(JdbcClient jdbc, InsightProperties properties, AuditLog audit, Clock clock, PlaceNames places) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.places = places;
    }

    /** Entered on a later day than received, in Asia/Shanghai days (decision 0006). */
    private static final String ENTRY_GAP = """
            ((coalesce(d.entered_at, d.received_at) at time zone 'Asia/Shanghai')::date
             - (d.received_at at time zone 'Asia/Shanghai')::date)""";

    /** The demands of the scope received in {@code month} and entered on a later day: count and average gap. */
    @Transactional(readOnly = true)
    public LateEntries lateEntries(Scope scope, YearMonth month) {
        return jdbc.sql("""
                select count(*) filter (where g > 0) as count, coalesce(avg(g) filter (where g > 0), 0) as average_gap
                from (select %s as g from insight_demand d
                      where d.month = :month and d.region_code like :like and d.entered_at is not null) x
                """.formatted(ENTRY_GAP))
                .param("month", Date.valueOf(month.atDay(1))).param("like", scope.regionLike())
                .query(Rows.of(Late.class)).single().entries();
    }

    /** The late entries' count and average gap as read; the gap is shown to one decimal. */
    private record Late(long count, double averageGap) {

        LateEntries entries() {
            return new LateEntries(count, Math.round(averageGap * 10) / 10.0);
        }
    }

    /** Per unit: how many of the demands dispatched to it in {@code month} had been entered late. */
    private Map<Long, Long> lateEntriesByUnit(YearMonth month) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("""
                select o.unit_id, count(*) from insight_demand d join insight_order o on o.demand_id = d.demand_id
                where d.entered_at is not null and o.month = :month and %s > 0 group by o.unit_id
                """.formatted(ENTRY_GAP)).param("month", Date.valueOf(month.atDay(1)))
                .query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2))).list();
        return out;
    }

    /** The stored weights in force, else the configured defaults. */
    @Transactional(readOnly = true)
    public Weights weights() {
        return jdbc.sql("select response, resolution, satisfaction, basic_credit, min_sample from insight_weights order by id desc limit 1")
                .query(Rows.of(Weights.class))
                .optional().orElse(properties.weights());
    }

    /** Stores new weights (checked: the three sum to 100) and logs the change. */
    @Transactional
    public Weights setWeights(StaffPrincipal actor, int response, int resolution, int satisfaction, int basicCredit,
            int minSample) {
        Weights w = new Weights(response, resolution, satisfaction, basicCredit, minSample);
        jdbc.sql("""
                insert into insight_weights (response, resolution, satisfaction, basic_credit, min_sample, set_by, set_at)
                values (:r, :s, :t, :b, :m, :by, :at)
                """).param("r", w.response()).param("s", w.resolution()).param("t", w.satisfaction())
                .param("b", w.basicCredit()).param("m", w.minSample()).param("by", actor.username())
                .param("at", Timestamp.from(clock.instant())).update();
        audit.record(AuditEntry.of(actor, "insight.weights.set", null, "ok", w.toString()));
        return w;
    }

    @Transactional(readOnly = true)
    public Ranking monthly(Scope scope, YearMonth month) {
        // the month's summary rows plus its pending deltas (V160, InsightSummaries): a few thousand rows, not the
        // month's work orders; merged and excluded rows are left out where the summary is kept
        List<UnitFigures> figures = jdbc.sql("""
                with f as (
                  select unit_id, sum(dispatched) as dispatched, sum(on_time) as on_time, sum(called_back) as called_back,
                         sum(resolved) as resolved, sum(satisfied) as satisfied, sum(basic) as basic, sum(whistles) as whistles,
                         sum(summoned) as summoned
                  from (select unit_id, dispatched, on_time, called_back, resolved, satisfied, basic, whistles, summoned
                        from insight_unit_month where month = :month
                        union all
                        select unit_id, dispatched, on_time, called_back, resolved, satisfied, basic, whistles, summoned
                        from insight_unit_month_delta where month = :month) x
                  group by unit_id)
                select f.unit_id, u.name as unit_name, u.region_code, f.dispatched::bigint as dispatched,
                       f.on_time::bigint as accepted_on_time, f.called_back::bigint as called_back,
                       f.resolved::bigint as resolved, f.satisfied::bigint as satisfied,
                       f.basic::bigint as basically_satisfied, f.whistles::bigint as whistles,
                       f.summoned::bigint as summoned, 0::bigint as excluded
                from f join insight_unit u on u.unit_id = f.unit_id
                where u.region_code like :like and f.dispatched > 0
                """).param("month", Date.valueOf(month.atDay(1))).param("like", scope.regionLike())
                .query(Rows.of(UnitFigures.class)).list();
        return new Ranking(month, scope.region().value(), weights(), AssessmentPolicy.rank(figures, weights()));
    }

    /** One unit's row of the month's ranking in the scope (404 outside it). */
    @Transactional(readOnly = true)
    public RankedUnit unit(Scope scope, long unitId, YearMonth month) {
        requireUnit(scope, unitId);
        return monthly(scope, month).units().stream().filter(r -> r.figures().unitId() == unitId).findFirst()
                .orElseGet(() -> new RankedUnit(new UnitFigures(unitId, name(unitId), "", 0, 0, 0, 0, 0, 0, 0, 0, 0),
                        null, null, null, null, null));
    }

    /** The demands behind a unit's figures for a month: every one, or those behind one figure. */
    @Transactional(readOnly = true)
    public List<OrderFact> behind(Scope scope, long unitId, YearMonth month, @Nullable Figure figure) {
        requireUnit(scope, unitId);
        Figure f = figure == null ? Figure.ALL : figure;
        return jdbc.sql("""
                select o.demand_id, o.role, o.category_code, o.region_code, o.dispatched_at, o.accepted_on_time,
                       o.replied_on_time, o.reached, o.resolved, o.satisfaction, o.merged,
                       (select a.status from insight_appeal a where a.demand_id = o.demand_id and a.unit_id = o.unit_id
                        order by a.id desc limit 1) as appeal
                from insight_order o
                where o.unit_id = :unit and o.month = :month
                order by o.dispatched_at
                """).param("unit", unitId).param("month", Date.valueOf(month.atDay(1)))
                .query(Rows.of(OrderFact.class))
                .stream().filter(o -> switch (f) {
                    case ALL -> true;
                    case LATE -> o.counted() && !Boolean.TRUE.equals(o.acceptedOnTime());
                    case NOT_REACHED -> o.counted() && !Boolean.TRUE.equals(o.reached());
                    case UNRESOLVED -> o.counted() && Boolean.TRUE.equals(o.reached()) && !Boolean.TRUE.equals(o.resolved());
                    case DISSATISFIED -> o.counted() && "DISSATISFIED".equals(o.satisfaction());
                    case EXCLUDED -> !o.counted();
                }).toList();
    }

    /** The ranking as an Excel workbook (.xlsx). */
    @Transactional(readOnly = true)
    public byte[] export(Scope scope, YearMonth month, Locale locale) {
        Ranking r = monthly(scope, month);
        boolean en = "en".equals(locale.getLanguage());
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(month.toString());
            String[] head = en
                    ? new String[] { "Rank", "Unit", "Region", "Dispatched", "Accepted on time", "Called back", "Resolved",
                            "Satisfied", "Basically satisfied", "Response %", "Resolution %", "Satisfaction %", "Score",
                            "Whistles", "Summoned", "Entered after the day received" }
                    : new String[] { "排名", "单位", "区划", "派单数", "按时签收", "回访数", "已解决", "满意", "基本满意",
                            "响应率%", "解决率%", "满意率%", "综合得分", "吹哨", "被召集报到", "其中补录" };
            Map<Long, Long> late = lateEntriesByUnit(month);
            Row h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            int row = 1;
            for (RankedUnit u : r.units()) {
                Row x = sheet.createRow(row++);
                UnitFigures f = u.figures();
                x.createCell(0).setCellValue(u.rank() == null ? (en ? "not ranked" : "样本不足") : String.valueOf(u.rank()));
                x.createCell(1).setCellValue(f.unitName());
                x.createCell(2).setCellValue(places.fullName(f.regionCode()));
                long[] counts = { f.dispatched(), f.acceptedOnTime(), f.calledBack(), f.resolved(), f.satisfied(),
                        f.basicallySatisfied() };
                for (int i = 0; i < counts.length; i++) {
                    x.createCell(3 + i).setCellValue(counts[i]);
                }
                Double[] rates = { u.response(), u.resolution(), u.satisfaction(), u.score() };
                for (int i = 0; i < rates.length; i++) {
                    if (rates[i] != null) {
                        x.createCell(9 + i).setCellValue(rates[i]);
                    }
                }
                x.createCell(13).setCellValue(f.whistles());
                x.createCell(14).setCellValue(f.summoned());
                x.createCell(15).setCellValue(late.getOrDefault(f.unitId(), 0L));
            }
            LateEntries entries = lateEntries(scope, month);
            row++;
            sheet.createRow(row++).createCell(0).setCellValue(en
                    ? "Entered after the day received: " + entries.count() + ", on average " + entries.averageGapDays() + " days later"
                    : "补录 " + entries.count() + " 件，平均间隔 " + entries.averageGapDays() + " 天");
            Row w = sheet.createRow(row + 1);
            w.createCell(0).setCellValue((en ? "Weights (response/resolution/satisfaction): " : "权重（响应/解决/满意）：")
                    + r.weights().response() + "/" + r.weights().resolution() + "/" + r.weights().satisfaction()
                    + (en ? "; basically satisfied counts " : "；基本满意计 ") + r.weights().basicCredit() + "%"
                    + (en ? "; minimum sample " : "；最低样本量 ") + r.weights().minSample());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireUnit(Scope scope, long unitId) {
        boolean visible = jdbc.sql("select count(*) from insight_unit where unit_id = :u and region_code like :like")
                .param("u", unitId).param("like", scope.regionLike()).query(Long.class).single() > 0;
        boolean own = scope.unitId() != null && scope.unitId() == unitId;
        if (!visible && !own) {
            throw new NotFound("unit", unitId);
        }
    }

    private String name(long unitId) {
        return jdbc.sql("select name from insight_unit where unit_id = :u").param("u", unitId).query(String.class)
                .optional().orElse("#" + unitId);
    }

    static YearMonth parseMonth(@Nullable String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(clock.withZone(InsightProjection.ZONE));
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput("month", "insight.month.invalid", text);
        }
    }

    /** The month given as yyyy-MM, or the current month; a malformed one is refused. */
    public YearMonth month(@Nullable String text) {
        return parseMonth(text, clock);
    }
}
