package org.shegong.suggestion;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.notify.Inbox;
import org.shegong.region.RegionCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One recurring, cluster-safe task that finds suggestions past their feedback deadline without an answer, in batches
 * over the indexed deadlines, marks each once on its timeline and adds it to a daily digest notice of the unit that
 * must answer: the competent organ once transferred, else the supervising social-work department of the region.
 */
@Configuration(proxyBeanMethods = false)
class SuggestionSweep {

    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final Inbox inbox;
    private final UnitManagement units;
    private final TransactionTemplate tx;
    private final Clock clock;

    SuggestionSweep(JdbcClient jdbc, Inbox inbox, UnitManagement units, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.units = units;
        this.tx = tx;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> suggestionFeedbackSweep() {
        return Tasks.recurring("suggestion-feedback-sweep", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> sweep());
    }

    private record Overdue(SuggestionId id, String regionCode, @Nullable Long organUnitId) {
    }

    /** Marks and notifies every suggestion that went overdue; returns how many. Each one is noticed once. */
    int sweep() {
        int total = 0;
        int n;
        do {
            n = batch();
            total += n;
        } while (n >= BATCH);
        return total;
    }

    private int batch() {
        Instant now = clock.instant();
        Integer count = tx.execute(status -> {
            List<Overdue> marked = jdbc.sql("""
                    with picked as materialized (
                      select id from suggestion
                      where answered_at is null and overdue_noticed_at is null and feedback_due_at is not null
                        and feedback_due_at <= :now and status not in ('ANSWERED', 'REDIRECTED')
                      limit :batch for update skip locked)
                    update suggestion s set overdue_noticed_at = :now from picked where s.id = picked.id
                    returning s.id, s.region_code, s.organ_unit_id
                    """).param("now", Suggestions.ts(now)).param("batch", BATCH)
                    .query(Rows.of(Overdue.class)).list();
            SortedMap<Long, Integer> counts = new TreeMap<>();
            for (Overdue o : marked) {
                jdbc.sql("""
                        insert into suggestion_timeline (suggestion_id, seq, at, actor, step, note)
                        values (:id, (select coalesce(max(seq), 0) + 1 from suggestion_timeline where suggestion_id = :id),
                                :at, '系统', 'OVERDUE', null)
                        """).param("id", o.id().value()).param("at", Suggestions.ts(now)).update();
                Long unit = o.organUnitId() != null ? o.organUnitId()
                        : units.supervisorFor(RegionCode.of(o.regionCode())).map(u -> u.id().value()).orElse(null);
                if (unit != null) {
                    counts.merge(unit, 1, Integer::sum);
                }
            }
            inbox.tally("suggestion.overdue", counts, "今日 %s 件人民建议超过反馈期限未答复",
                    "%s public suggestion(s) past their feedback deadline today", "/suggestions?overdue=true");
            return marked.size();
        });
        return count == null ? 0 : count;
    }
}
