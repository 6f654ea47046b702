package org.shegong.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.NotFound;
import org.shegong.Rows;
import org.shegong.identity.StaffPrincipal;
import org.shegong.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Government-purchased social-work service projects: purchaser, provider, budget, period, deliverables and the
 * evaluation of what was delivered (政府购买服务管理办法, 财政部令第102号, 2020: the purchaser evaluates performance).
 */
@Service
public class ServiceProjects {

    public enum Evaluation {
        EXCELLENT, GOOD, PASSED, FAILED
    }

    public record NewProject(@Nullable String title, @Nullable String purchaser, @Nullable String provider,
            @Nullable String regionCode, @Nullable BigDecimal budget, @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn, @Nullable String deliverables) {
    }

    public record Project(ServiceProjectId id, String title, String purchaser, String provider, RegionCode region, BigDecimal budget,
            LocalDate startsOn, LocalDate endsOn, String deliverables, @Nullable Evaluation evaluation,
            @Nullable LocalDate evaluatedOn, @Nullable String evaluationNote, Set<WorkforceStep> allowed) {

        public boolean may(String step) {
            return allowed.contains(WorkforceStep.valueOf(step));
        }
    }

    // NUMERIC(14, 2): at most 999,999,999,999.99 yuan
    static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

    private final JdbcClient jdbc;
    private final WorkforcePermissions permissions;
    private final Clock clock;

    ServiceProjects(JdbcClient jdbc, WorkforcePermissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional
    public Project register(StaffPrincipal me, NewProject p) {
        permissions.require(me, WorkforceStep.MANAGE_PROJECTS);
        String title = WorkforcePermissions.text(p.title(), "title", 200);
        String purchaser = WorkforcePermissions.text(p.purchaser(), "purchaser", 100);
        String provider = WorkforcePermissions.text(p.provider(), "provider", 100);
        RegionCode region = permissions.place(me, p.regionCode(), null);
        if (p.budget() == null || p.budget().signum() < 0 || p.budget().compareTo(MAX_BUDGET) > 0
                || p.budget().stripTrailingZeros().scale() > 2) {
            throw new InvalidInput("budget", "workforce.budget.invalid");
        }
        if (p.startsOn() == null || p.endsOn() == null || p.endsOn().isBefore(p.startsOn())
                || p.endsOn().isAfter(p.startsOn().plusYears(10))) {
            throw new InvalidInput("endsOn", "workforce.period.invalid");
        }
        String deliverables = WorkforcePermissions.text(p.deliverables(), "deliverables", 2000);
        ServiceProjectId id = new ServiceProjectId(jdbc.sql("""
                INSERT INTO workforce_project (title, purchaser, provider, region_code, budget, starts_on, ends_on,
                  deliverables, created_by)
                VALUES (:title, :purchaser, :provider, :region, :budget, :starts, :ends, :deliverables, :by) RETURNING id""")
                .param("title", title).param("purchaser", purchaser).param("provider", provider)
                .param("region", region.value()).param("budget", p.budget()).param("starts", p.startsOn())
                .param("ends", p.endsOn()).param("deliverables", deliverables).param("by", me.accountId().value())
                .query(Long.class).single());
        return find(me, id);
    }

    /** Records the evaluation once the project's period has begun; a later evaluation replaces it. */
    @Transactional
    public Project evaluate(StaffPrincipal me, ServiceProjectId id, @Nullable String result, @Nullable String note) {
        Project p = find(me, id);
        permissions.require(me, "project", id, p.region(), WorkforceStep.MANAGE_PROJECTS);
        Evaluation evaluation;
        try {
            evaluation = Evaluation.valueOf(result == null ? "" : result.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("result", "workforce.evaluation.unknown", String.valueOf(result));
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(p.startsOn())) {
            throw new InvalidInput("result", "workforce.evaluation.notStarted", p.startsOn());
        }
        String text = note == null || note.isBlank() ? null : WorkforcePermissions.text(note, "note", 1000);
        jdbc.sql("UPDATE workforce_project SET evaluation = :e, evaluated_on = :on, evaluation_note = :n WHERE id = :id")
                .param("e", evaluation.name()).param("on", today).param("n", text).param("id", id.value()).update();
        return find(me, id);
    }

    @Transactional(readOnly = true)
    public Project find(StaffPrincipal me, ServiceProjectId id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id.value()).query(Rows.of(ProjectRow.class)).optional()
                .map(r -> project(me, r)).filter(p -> me.scope().covers(p.region())).orElseThrow(() -> new NotFound("project", id));
    }

    @Transactional(readOnly = true)
    public List<Project> list(StaffPrincipal me) {
        return jdbc.sql(SELECT + " WHERE region_code LIKE :region ORDER BY starts_on DESC, id DESC LIMIT 1000")
                .param("region", me.scope().regionLike()).query(Rows.of(ProjectRow.class)).list().stream()
                .map(r -> project(me, r)).toList();
    }

    private static final String SELECT = """
            SELECT id, title, purchaser, provider, region_code, budget, starts_on, ends_on, deliverables, evaluation,
                   evaluated_on, evaluation_note FROM workforce_project""";

    private record ProjectRow(ServiceProjectId id, String title, String purchaser, String provider, String regionCode,
            BigDecimal budget, LocalDate startsOn, LocalDate endsOn, String deliverables, @Nullable Evaluation evaluation,
            @Nullable LocalDate evaluatedOn, @Nullable String evaluationNote) {
    }

    private Project project(StaffPrincipal me, ProjectRow r) {
        RegionCode region = RegionCode.of(r.regionCode());
        return new Project(r.id(), r.title(), r.purchaser(), r.provider(), region, r.budget(), r.startsOn(), r.endsOn(),
                r.deliverables(), r.evaluation(), r.evaluatedOn(), r.evaluationNote(), permissions.allowed(me, region));
    }
}
