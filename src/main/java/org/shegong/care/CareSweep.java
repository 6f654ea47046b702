package org.shegong.care;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shegong.Rows;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;
import org.shegong.region.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One recurring, cluster-safe task over the indexed due dates: a visit overdue is noticed once to the responsible
 * unit ({@link CareVisitOverdue}); overdue for {@value VisitSchedule#ESCALATE_AFTER_DAYS} full days it is escalated
 * once to the township office of the person's township, or the supervising unit where there is none
 * ({@link CareVisitEscalated}). A visit resets both. Never a task per person.
 */
@Configuration(proxyBeanMethods = false)
class CareSweep {

    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final UnitManagement units;
    private final Clock clock;

    CareSweep(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate tx, UnitManagement units, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
        this.units = units;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> careVisitSweep() {
        return Tasks.recurring("care-visit-sweep", Schedules.fixedDelay(Duration.ofMinutes(5)))
                .execute((instance, context) -> sweep(clock.instant()));
    }

    private record Marked(PersonId id, String name, long unitId, String township, String groupName, String groupNameEn,
            Instant dueAt) {
    }

    /** Notices and escalations due at {@code now}; answers how many of each were raised. */
    int[] sweep(Instant now) {
        int noticed = 0;
        int escalated = 0;
        int n;
        do {
            n = batch(now, false);
            noticed += n;
        } while (n >= BATCH);
        do {
            n = batch(now, true);
            escalated += n;
        } while (n >= BATCH);
        return new int[] { noticed, escalated };
    }

    private int batch(Instant now, boolean escalate) {
        Integer count = tx.execute(status -> {
            Instant cutoff = escalate ? now.minus(Duration.ofDays(VisitSchedule.ESCALATE_AFTER_DAYS)) : now;
            String mark = escalate ? "escalated_at" : "notified_at";
            List<Marked> marked = jdbc.sql("""
                    WITH picked AS MATERIALIZED (
                      SELECT id FROM care_person WHERE active AND next_due_at <= :cutoff AND %s IS NULL
                      ORDER BY next_due_at LIMIT :batch FOR UPDATE SKIP LOCKED)
                    UPDATE care_person p SET %s = :now FROM picked, care_group g
                    WHERE p.id = picked.id AND g.code = p.group_code
                    RETURNING p.id, p.name, p.responsible_unit_id AS unit_id, p.township_code AS township,
                      g.name_zh AS group_name, g.name_en AS group_name_en, p.next_due_at AS due_at
                    """.formatted(mark, mark))
                    .param("cutoff", Timestamp.from(cutoff)).param("batch", BATCH).param("now", Timestamp.from(now))
                    .query(Rows.of(Marked.class)).list();
            for (Marked m : marked) {
                String masked = CareRegistry.maskName(m.name());
                if (escalate) {
                    long days = VisitSchedule.daysOverdue(m.dueAt(), now);
                    township(m.township()).or(() -> units.supervisorFor(RegionCode.of(m.township())))
                            .ifPresent(u -> events.publishEvent(new CareVisitEscalated(m.id(), u.id().value(), m.groupName(),
                                    m.groupNameEn(), masked, m.dueAt(), (int) days)));
                } else {
                    events.publishEvent(new CareVisitOverdue(m.id(), m.unitId(), m.groupName(), m.groupNameEn(), masked,
                            m.dueAt()));
                }
            }
            return marked.size();
        });
        return count == null ? 0 : count;
    }

    private Optional<UnitView> township(String townshipCode) {
        RegionCode code = RegionCode.of(townshipCode);
        return units.search(Scope.of(code), "", 50).stream()
                .filter(u -> u.kind() == UnitKind.TOWNSHIP_OFFICE && u.region().equals(code) && u.active())
                .min(java.util.Comparator.comparingLong(u -> u.id().value()));
    }
}
