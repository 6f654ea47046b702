package org.shegong.petition;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.shegong.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One recurring, cluster-safe task that finds the accountability triggers of 信访工作条例 §§43–46 — not registered or
 * transferred in time, notice late, overdue, extension without approval — in batches over the indexed pending limits,
 * stores each as an alert for supervisors and publishes {@link PetitionAlertRaised}. Never a task per petition.
 */
@Configuration(proxyBeanMethods = false)
class PetitionSweep {

    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    PetitionSweep(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> petitionDeadlineSweep() {
        return Tasks.recurring("petition-deadline-sweep", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> sweep());
    }

    /** Raises every alert due; returns how many. Safe to run again at any time: each limit alerts once. */
    int sweep() {
        int total = 0;
        int n;
        do {
            n = batch();
            total += n;
        } while (n >= BATCH);
        return total;
    }

    private record Marked(PetitionId petitionId, String limitKind, long unitId) {
    }

    private int batch() {
        Instant now = clock.instant();
        Integer count = tx.execute(status -> {
            List<Marked> marked = jdbc.sql("""
                    with picked as materialized (
                      select petition_id, limit_kind from petition_deadline
                      where met_at is null and alertable and alerted_at is null and due_at <= :now
                      limit :batch for update skip locked)
                    update petition_deadline d set alerted_at = :now
                    from picked where d.petition_id = picked.petition_id and d.limit_kind = picked.limit_kind
                    returning d.petition_id, d.limit_kind, d.unit_id
                    """).param("now", Petitions.ts(now)).param("batch", BATCH)
                    .query(Rows.of(Marked.class)).list();
            for (Marked m : marked) {
                String alert = Limit.valueOf(m.limitKind()).alert();
                String caseNumber = jdbc.sql("""
                        with a as (insert into petition_alert (petition_id, unit_id, alert, limit_kind, raised_at)
                                   values (:p, :u, :alert, :limit, :now))
                        select case_number from petition where id = :p
                        """).param("p", m.petitionId().value()).param("u", m.unitId()).param("alert", alert).param("limit", m.limitKind())
                        .param("now", Petitions.ts(now)).query(String.class).single();
                events.publishEvent(new PetitionAlertRaised(m.petitionId(), caseNumber, m.unitId(), alert, now));
            }
            return marked.size();
        });
        return count == null ? 0 : count;
    }
}
