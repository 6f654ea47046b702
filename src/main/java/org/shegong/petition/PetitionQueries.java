package org.shegong.petition;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
import org.shegong.calendar.Deadline;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists, search, export, alerts and statistics of petitions. Every query applies {@link Viewer#VISIBLE}, so an
 * accused unit never finds an accusation against it, and recused staff never find the case — in any of them.
 */
@Service
public class PetitionQueries {

    private static final Duration SOON = Duration.ofDays(3);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcClient jdbc;
    private final UnitManagement units;
    private final Clock clock;

    private final org.springframework.context.MessageSource messages;
    private final org.shegong.region.RegionDirectory regions;

    PetitionQueries(JdbcClient jdbc, UnitManagement units, Clock clock, org.springframework.context.MessageSource messages,
            org.shegong.region.RegionDirectory regions) {
        this.messages = messages;
        this.regions = regions;
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    /** Petitions visible to {@code me}, newest first; {@code q} searches the case number and the matter. */
    @Transactional(readOnly = true)
    public List<PetitionRow> search(StaffPrincipal me, @Nullable String q, @Nullable PetitionStatus status, boolean openOnly,
            int limit) {
        Instant now = clock.instant();
        String term = q == null ? "" : q.strip().replace("\\", "").replace("%", "").replace("_", "");
        return jdbc.sql("""
                select p.id, p.version, p.case_number, p.channel, p.category, p.route, p.status, p.region_code, p.matter,
                  p.received_at, p.major, p.handling_unit_id, nd.limit_kind as next_limit, nd.due_at as next_due_at,
                  case when nd.due_at is null then 'none' when nd.due_at <= :now then 'overdue'
                       when nd.due_at < :soon then 'soon' else 'ok' end as colour
                from petition p
                left join lateral (select d.limit_kind, d.due_at from petition_deadline d
                  where d.petition_id = p.id and d.met_at is null and d.limit_kind <> 'EXTENSION_APPROVAL'
                  order by d.due_at limit 1) nd on true
                where """ + Viewer.VISIBLE + """
                  and (:term = '' or p.case_number ilike '%' || :term || '%' or p.matter ilike '%' || :term || '%')
                  and (cast(:status as text) is null or p.status = :status)
                  and (not :openOnly or p.status not in ('OPINION_FORWARDED', 'CHANNELLED', 'DECLINED', 'CONCLUDED', 'SETTLED'))
                order by coalesce(nd.due_at, p.received_at) asc, p.id desc
                limit :limit
                """).params(Viewer.of(me).params()).param("term", term)
                .param("status", status == null ? null : status.name()).param("openOnly", openOnly)
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .param("now", Petitions.ts(now)).param("soon", Petitions.ts(now.plus(SOON)))
                .query(Rows.of(PetitionRow.class)).list();
    }

    /** CSV export of the visible petitions (UTF-8 with BOM for Excel); no personal information beyond masked values. */
    @Transactional(readOnly = true)
    public byte[] export(StaffPrincipal me, @Nullable String q) {
        StringBuilder sb = new StringBuilder("\uFEFF登记编号,渠道,类别,途径,状态,区划,信访事项,收到时间,下一期限,登记晚于收到（日）\r\n");
        List<PetitionRow> rows = search(me, q, null, false, 1000);
        // 信访工作条例 §22 (decision 0006): whole days between the day received and the day entered
        Map<Long, Long> gaps = new java.util.HashMap<>();
        if (!rows.isEmpty()) {
            jdbc.sql("""
                    select id, (registered_at at time zone 'Asia/Shanghai')::date - (received_at at time zone 'Asia/Shanghai')::date
                    from petition where id in (:ids)""").param("ids", rows.stream().map(r -> r.id().value()).toList())
                    .query((rs, n) -> gaps.put(rs.getLong(1), rs.getLong(2))).list();
        }
        for (PetitionRow r : rows) {
            // names, not codes; a day limit is read as its last day at 24:00 (民法典 §203), not the next day's 00:00
            sb.append(csv(r.caseNumber())).append(',').append(name("petition.channel." + r.channel())).append(',')
                    .append(name("petition.category." + r.category())).append(',')
                    .append(r.route() == null ? "" : csv(name("petition.route." + r.route()))).append(',')
                    .append(name("petition.status." + r.status())).append(',')
                    .append(csv(regions.find(org.shegong.region.RegionCode.of(r.regionCode())).map(org.shegong.region.Region::name)
                            .orElse(r.regionCode()))).append(',').append(csv(r.matter())).append(',')
                    .append(MINUTE.format(r.receivedAt().atZone(Deadline.ZONE))).append(',')
                    .append(r.nextDueAt() == null ? "" : lastDay(r.nextDueAt())).append(',')
                    .append(Math.max(0, gaps.getOrDefault(r.id().value(), 0L))).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String name(String key) {
        return messages.getMessage(key, null, key, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /** A day limit (stored as the next day's 00:00) as "2026-12-18 24:00"; any other instant at its minute. */
    static String lastDay(Instant due) {
        var local = due.atZone(Deadline.ZONE);
        return local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? local.toLocalDate().minusDays(1) + " 24:00"
                : MINUTE.format(local);
    }

    private static String csv(String s) {
        String t = s.replace("\"", "\"\"");
        if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        return "\"" + t + "\"";
    }

    /** An accountability alert as supervisors see it. */
    public record AlertRow(long id, PetitionId petitionId, String caseNumber, String alert, @Nullable String limit, String unitName,
            Instant raisedAt) {
    }

    @Transactional(readOnly = true)
    public List<AlertRow> alerts(StaffPrincipal me, int limit) {
        return jdbc.sql("""
                select a.id, a.petition_id, p.case_number, a.alert, a.limit_kind, a.unit_id, a.raised_at
                from petition_alert a join petition p on p.id = a.petition_id
                where """ + Viewer.VISIBLE + """
                order by a.raised_at desc, a.id desc limit :limit
                """).params(Viewer.of(me).params()).param("limit", Math.max(1, Math.min(limit, 1000)))
                .query(Rows.of(Alert.class)).list().stream().map(a -> new AlertRow(a.id(), a.petitionId(), a.caseNumber(), a.alert(),
                        a.limitKind(), unitName(a.unitId()), a.raisedAt())).toList();
    }

    /** An alert's row, before the unit's id is turned into its name. */
    private record Alert(long id, PetitionId petitionId, String caseNumber, String alert, @Nullable String limitKind, long unitId,
            Instant raisedAt) {
    }

    /** Volumes and the figures of the annual report (信访工作条例 §41), over the petitions visible to {@code me}. */
    public record Statistics(int year, long total, Map<String, Long> byCategory, Map<String, Long> byRoute,
            Map<String, Long> byChannel, Map<String, Long> byStatus, Map<String, Long> byLevel, Map<String, Long> topOrgans,
            long overdue, long transferred, long assigned, long supervised, long concluded, long settled,
            long upheldNotExecuted, long enteredLate, double averageEntryGapDays) {
    }

    @Transactional(readOnly = true)
    public Statistics statistics(StaffPrincipal me, int year) {
        Map<String, Object> params = new LinkedHashMap<>(Viewer.of(me).params());
        params.put("from", Petitions.ts(LocalDate.of(year, 1, 1).atStartOfDay(Deadline.ZONE).toInstant()));
        params.put("to", Petitions.ts(LocalDate.of(year + 1, 1, 1).atStartOfDay(Deadline.ZONE).toInstant()));
        params.put("now", Petitions.ts(clock.instant()));
        String base = " from petition p where p.received_at >= :from and p.received_at < :to and " + Viewer.VISIBLE;
        long total = jdbc.sql("select count(*)" + base).params(params).query(Long.class).single();
        Map<String, Long> byCategory = groups("select p.category, count(*)" + base + " group by 1 order by 2 desc", params);
        Map<String, Long> byRoute = groups("select coalesce(cast(p.route as text), '-'), count(*)" + base
                + " and p.category = 'CLAIM' group by 1 order by 1", params);
        Map<String, Long> byChannel = groups("select p.channel, count(*)" + base + " group by 1 order by 2 desc", params);
        Map<String, Long> byStatus = groups("select p.status, count(*)" + base + " group by 1 order by 2 desc", params);
        Map<String, Long> byLevel = groups("""
                select case when p.region_code like '__0000000000' then 'PROVINCE'
                            when p.region_code like '____00000000' then 'CITY'
                            when p.region_code like '______000000' then 'COUNTY'
                            when p.region_code like '_________000' then 'TOWNSHIP' else 'VILLAGE' end, count(*)""" + base
                + " group by 1 order by 2 desc", params);
        Map<String, Long> organs = new LinkedHashMap<>();
        jdbc.sql("select o.unit_id, count(*) from petition_organ o join petition p on p.id = o.petition_id"
                + " where p.received_at >= :from and p.received_at < :to and " + Viewer.VISIBLE
                + " group by 1 order by 2 desc, 1 limit 10").params(params)
                .query((rs, n) -> organs.put(unitName(rs.getLong(1)), rs.getLong(2))).list();
        long overdue = jdbc.sql("select count(distinct p.id)" + base + """
                 and exists (select 1 from petition_deadline d where d.petition_id = p.id and d.alertable
                   and (d.met_at is null and d.due_at <= :now or d.met_at > d.due_at))""").params(params)
                .query(Long.class).single();
        long transferred = jdbc.sql("select count(*)" + base + " and p.transfer_mode = 'TRANSFER'").params(params)
                .query(Long.class).single();
        long assigned = jdbc.sql("select count(*)" + base + " and p.transfer_mode = 'ASSIGN'").params(params)
                .query(Long.class).single();
        long supervised = jdbc.sql("select count(*) from petition_supervision s join petition p on p.id = s.petition_id"
                + " where p.received_at >= :from and p.received_at < :to and " + Viewer.VISIBLE).params(params)
                .query(Long.class).single();
        long upheldNotExecuted = jdbc.sql("select count(*)" + base + " and p.executed_at is null and exists (select 1 from petition_decision d"
                + " where d.petition_id = p.id and d.stage = 'HANDLING' and d.outcome = 'UPHOLD')")
                .params(params).query(Long.class).single();
        // 信访工作条例 §22: entered on a later day than received (the limits counted from receipt all the same)
        double[] gap = jdbc.sql("""
                select count(*) filter (where g > 0), coalesce(avg(g) filter (where g > 0), 0) from (
                  select (p.registered_at at time zone 'Asia/Shanghai')::date - (p.received_at at time zone 'Asia/Shanghai')::date as g
                """ + base + ") x").params(params).query((rs, n) -> new double[] { rs.getLong(1), rs.getDouble(2) }).single();
        long concluded = byStatus.getOrDefault("CONCLUDED", 0L);
        long settled = byStatus.getOrDefault("SETTLED", 0L);
        return new Statistics(year, total, byCategory, byRoute, byChannel, byStatus, byLevel, organs, overdue, transferred,
                assigned, supervised, concluded, settled, upheldNotExecuted, (long) gap[0], Math.round(gap[1] * 10) / 10.0);
    }

    private Map<String, Long> groups(String sql, Map<String, Object> params) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    /** Staff of a unit, for the assignment form (identity owns accounts; this lists those who acted on petitions). */
    private String unitName(long id) {
        return id == 0 ? "网上信访平台" : units.byId(UnitId.of(id)).map(UnitView::name).orElse("单位 " + id);
    }
}
