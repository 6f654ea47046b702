package org.shegong.suggestion;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.calendar.Deadline;
import org.shegong.identity.AuditEntry;
import org.shegong.identity.AuditLog;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual awards for excellent suggestions (上海市人民建议征集若干规定 §16): a social-work department opens a round with
 * its grades and quotas, proposes adopted suggestions of that year within its scope, and records the panel's decision.
 * Every grant, withdrawal and decision is written to the audit log.
 */
@Service
public class AwardManagement {

    private final JdbcClient jdbc;
    private final SuggestionPermissions permissions;
    private final SuggestionManagement suggestions;
    private final AuditLog audit;
    private final Clock clock;

    AwardManagement(JdbcClient jdbc, SuggestionPermissions permissions, SuggestionManagement suggestions, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.suggestions = suggestions;
        this.audit = audit;
        this.clock = clock;
    }

    /** An awarded or eligible suggestion as the round's page shows it. */
    @Schema(name = "AwardManagementEntry")
    public record Entry(SuggestionId suggestionId, String trackingCode, String topic, String proposer, Adoption adoption,
            @Nullable String grade) {
    }

    /** A round with its awards and the adopted suggestions of its year that may still be proposed. */
    @Schema(name = "AwardManagementRoundView")
    public record RoundView(AwardRound round, List<Entry> awarded, List<Entry> eligible) {
    }

    @Transactional
    public AwardRound open(StaffPrincipal me, @Nullable Integer year, @Nullable String title, @Nullable String grades) {
        permissions.require(me, SuggestionStep.AWARD);
        int y = year == null ? LocalDate.now(clock.withZone(Deadline.ZONE)).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new InvalidInput("year", "suggestion.award.year");
        }
        String t = Texts.required("title", title, 200, "suggestion.award.title");
        Map<String, Integer> g = AwardRound.parseGrades(grades);
        long stored = jdbc.sql("""
                insert into suggestion_award_round (year, title, region_code, created_by, created_at)
                values (:year, :title, :region, :by, :at) returning id
                """).param("year", y).param("title", t)
                .param("region", me.unitRegion().value()).param("by", me.username())
                .param("at", Suggestions.ts(clock.instant())).query(Long.class).single();
        int ord = 0;
        for (Map.Entry<String, Integer> grade : g.entrySet()) {
            jdbc.sql("insert into suggestion_award_grade (round_id, ord, name, places) values (:r, :ord, :name, :places)")
                    .param("r", stored).param("ord", ++ord).param("name", grade.getKey()).param("places", grade.getValue())
                    .update();
        }
        audit.record(AuditEntry.of(me, "suggestion.award.open", "award-round:" + stored, "OK", t));
        return load(new AwardRoundId(stored)).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<AwardRound> list(StaffPrincipal me) {
        permissions.require(me, SuggestionStep.AWARD);
        return jdbc.sql("select id from suggestion_award_round where region_code like :like order by year desc, id desc limit 100")
                .param("like", me.scope().regionLike()).query(Long.class).list().stream()
                .map(id -> load(new AwardRoundId(id)).orElseThrow()).toList();
    }

    @Transactional(readOnly = true)
    public RoundView get(StaffPrincipal me, AwardRoundId id) {
        AwardRound r = visible(me, id);
        var scope = me.scope();
        List<Entry> all = jdbc.sql("""
                select s.id as suggestion_id, s.tracking_code, s.topic, s.proposer_masked, s.anonymous, s.adoption, a.grade
                from suggestion s left join suggestion_award a on a.suggestion_id = s.id and a.round_id = :round
                where %s and s.adoption in ('ADOPTED', 'PARTLY')
                  and extract(year from s.received_at at time zone 'Asia/Shanghai') = :year
                order by a.grade nulls last, s.adopted_at desc limit 500
                """.formatted(Suggestions.VISIBLE))
                .param("round", id.value()).param("year", r.year()).param("regionLike", scope.regionLike())
                .param("assignedOnly", scope.assignedOnly()).param("unitId", me.unitId().value())
                .query(Rows.of(EntryRow.class)).list().stream().map(EntryRow::entry).toList();
        return new RoundView(r, all.stream().filter(e -> e.grade() != null).toList(),
                r.decided() ? List.of() : all.stream().filter(e -> e.grade() == null).toList());
    }

    /** Proposes a grade for an adopted suggestion of the round's year, within the grade's quota. */
    @Transactional
    public AwardRound grant(StaffPrincipal me, AwardRoundId id, @Nullable SuggestionId suggestionId,
            @Nullable String grade) {
        AwardRound r = visible(me, id);
        if (suggestionId == null) {
            throw new InvalidInput("suggestionId", "suggestion.award.notEligible");
        }
        SuggestionView s = suggestions.find(me, suggestionId);
        if (s.adoption() == null || !s.adoption().shown()
                || s.receivedAt().atZone(Deadline.ZONE).getYear() != r.year()) {
            throw new InvalidInput("suggestionId", "suggestion.award.notEligible");
        }
        AwardRound next = r.grant(suggestionId, grade);
        jdbc.sql("""
                insert into suggestion_award (round_id, suggestion_id, grade, granted_by, granted_at)
                values (:r, :s, :g, :by, :at)
                on conflict (round_id, suggestion_id) do update set grade = excluded.grade, granted_by = excluded.granted_by,
                  granted_at = excluded.granted_at
                """).param("r", id.value()).param("s", suggestionId.value()).param("g", grade).param("by", me.username())
                .param("at", Suggestions.ts(clock.instant())).update();
        bump(r);
        audit.record(AuditEntry.of(me, "suggestion.award.grant", "award-round:" + id, "OK", s.trackingCode() + " " + grade));
        return next;
    }

    @Transactional
    public AwardRound withdraw(StaffPrincipal me, AwardRoundId id, SuggestionId suggestionId) {
        AwardRound next = visible(me, id).withdraw(suggestionId);
        jdbc.sql("delete from suggestion_award where round_id = :r and suggestion_id = :s").param("r", id.value())
                .param("s", suggestionId.value()).update();
        audit.record(AuditEntry.of(me, "suggestion.award.withdraw", "award-round:" + id, "OK", String.valueOf(suggestionId.value())));
        return next;
    }

    /** Records the panel's decision (members one per line or separated by commas); the round is then final. */
    @Transactional
    public AwardRound decide(StaffPrincipal me, AwardRoundId id, @Nullable String panel) {
        AwardRound r = visible(me, id);
        AwardRound decided = r.decide(Arrays.asList((panel == null ? "" : panel).split("[,，、;；\\n]")), clock.instant());
        int n = jdbc.sql("""
                update suggestion_award_round set panel = :panel, decided_at = :at, decided_by = :by, version = version + 1
                where id = :id and version = :version and decided_at is null
                """).param("panel", decided.panel().toArray(String[]::new)).param("at", Suggestions.ts(decided.decidedAt()))
                .param("by", me.username()).param("id", id.value()).param("version", r.version()).update();
        if (n != 1) {
            throw new org.shegong.ConcurrentChange("award round", id);
        }
        audit.record(AuditEntry.of(me, "suggestion.award.decide", "award-round:" + id, "OK",
                "panel " + String.join("、", decided.panel()) + "; " + decided.awards().size() + " award(s)"));
        return load(id).orElseThrow();
    }

    private void bump(AwardRound r) {
        int n = jdbc.sql("update suggestion_award_round set version = version + 1 where id = :id and version = :v and decided_at is null")
                .param("id", r.id().value()).param("v", r.version()).update();
        if (n != 1) {
            throw new org.shegong.ConcurrentChange("award round", r.id());
        }
    }

    private AwardRound visible(StaffPrincipal me, AwardRoundId id) {
        permissions.require(me, SuggestionStep.AWARD);
        return load(id).filter(r -> me.scope().covers(RegionCode.of(r.regionCode())) && !me.scope().assignedOnly())
                .orElseThrow(() -> new NotFound("award round", id));
    }

    private java.util.Optional<AwardRound> load(AwardRoundId id) {
        Map<SuggestionId, String> awards = new LinkedHashMap<>();
        jdbc.sql("select suggestion_id, grade from suggestion_award where round_id = :r order by granted_at")
                .param("r", id.value()).query(rs -> {
                    awards.put(new SuggestionId(rs.getLong(1)), rs.getString(2));
                });
        Map<String, Integer> grades = new LinkedHashMap<>();
        jdbc.sql("select name, places from suggestion_award_grade where round_id = :r order by ord").param("r", id.value())
                .query(Rows.of(GradeRow.class)).list().forEach(g -> grades.put(g.name(), g.places()));
        return jdbc.sql("select * from suggestion_award_round where id = :id").param("id", id.value())
                .query(Rows.of(RoundRow.class)).optional().map(r -> r.round(grades, awards));
    }

    /** An awarded or eligible suggestion as read; the proposer is shown as 匿名 when they asked. */
    private record EntryRow(SuggestionId suggestionId, String trackingCode, String topic, String proposerMasked, boolean anonymous,
            Adoption adoption, @Nullable String grade) {

        Entry entry() {
            return new Entry(suggestionId, trackingCode, topic, anonymous ? "匿名" : proposerMasked, adoption, grade);
        }
    }

    /** One row of {@code suggestion_award_round}: the panel a {@code text[]} in the order named, null until decided (V272). */
    private record RoundRow(AwardRoundId id, int year, String title, String regionCode, @Nullable List<String> panel,
            @Nullable Instant decidedAt, int version) {

        AwardRound round(Map<String, Integer> grades, Map<SuggestionId, String> awards) {
            return new AwardRound(id, year, title, grades, regionCode, awards, panel, decidedAt, version);
        }
    }

    /** One grade of a round ({@code suggestion_award_grade}, V272): its name and how many may be given. */
    private record GradeRow(String name, int places) {
    }
}
