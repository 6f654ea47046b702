package org.shegong.insight;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the pending deltas of the summary tables (V160, V162: {@code insight_unit_month}, {@code insight_demand_area},
 * {@code insight_demand_township}) into
 * the summaries, once a minute on one node (db-scheduler). Readers add summary and pending deltas in one statement, so
 * a fold changes what they read by nothing; it only keeps the pending rows few. Each fold is one transaction: the
 * deltas it deletes are exactly the ones it adds.
 */
@Configuration(proxyBeanMethods = false)
public class InsightSummaries {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    InsightSummaries(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Bean
    RecurringTask<Void> insightSummaryFold() {
        return Tasks.recurring("insight-summary-fold", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> fold());
    }

    /** Moves every committed delta into its summary row; returns how many delta rows were folded. */
    public int fold() {
        Integer n = tx.execute(status -> jdbc.sql("""
                with moved as (delete from insight_unit_month_delta returning *),
                folded as (
                  insert into insight_unit_month as s (month, unit_id, dispatched, on_time, called_back, resolved, satisfied,
                    basic, whistles, summoned)
                  select month, unit_id, sum(dispatched), sum(on_time), sum(called_back), sum(resolved), sum(satisfied),
                         sum(basic), sum(whistles), sum(summoned)
                  from moved group by month, unit_id order by month, unit_id
                  on conflict (month, unit_id) do update set dispatched = s.dispatched + excluded.dispatched,
                    on_time = s.on_time + excluded.on_time, called_back = s.called_back + excluded.called_back,
                    resolved = s.resolved + excluded.resolved, satisfied = s.satisfied + excluded.satisfied,
                    basic = s.basic + excluded.basic, whistles = s.whistles + excluded.whistles,
                    summoned = s.summoned + excluded.summoned
                  returning 1)
                select (select count(*) from moved) + 0 * (select count(*) from folded)
                """).query(Integer.class).single()
                + jdbc.sql("""
                with moved as (delete from insight_demand_area_delta returning *),
                folded as (
                  insert into insight_demand_area as s (month, region_code, category_code, n)
                  select month, region_code, category_code, sum(n) from moved
                  group by month, region_code, category_code order by month, region_code, category_code
                  on conflict (month, region_code, category_code) do update set n = s.n + excluded.n
                  returning 1),
                township as (
                  insert into insight_demand_township as s (month, area, category_code, n)
                  select month, substr(region_code, 1, 9), category_code, sum(n) from moved
                  group by 1, 2, 3 order by 1, 2, 3
                  on conflict (month, area, category_code) do update set n = s.n + excluded.n
                  returning 1)
                select (select count(*) from moved) + 0 * (select count(*) from folded) + 0 * (select count(*) from township)
                """).query(Integer.class).single());
        return n == null ? 0 : n;
    }
}
