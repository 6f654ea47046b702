package org.shegong.insight;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One recurring, cluster-safe rebuild of the overview's summary, at the age a reader would otherwise rebuild it. */
@Configuration(proxyBeanMethods = false)
class OverviewRefresh {

    @Bean
    RecurringTask<Void> insightOverviewRefresh(Overview overview) {
        return Tasks.recurring("insight-overview-refresh", Schedules.fixedDelay(Overview.REFRESH))
                .execute((instance, context) -> overview.refreshRecent());
    }
}
