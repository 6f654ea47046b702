package org.shegong.database;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;

/**
 * The module event registry keeps a row per event and listener; once a listener has completed, the row is proof
 * for a while and then only weight (every demand step publishes events). A daily, cluster-safe task deletes
 * completed publications older than {@code shegong.database.completed-events-kept} (default 7 days); incomplete
 * ones are never touched, so a failed listener can still be resubmitted.
 */
@Configuration(proxyBeanMethods = false)
class CompletedEventCleanup {

    private final CompletedEventPublications completed;
    private final Duration kept;

    CompletedEventCleanup(CompletedEventPublications completed,
            @Value("${shegong.database.completed-events-kept:7d}") Duration kept) {
        this.completed = completed;
        this.kept = kept;
    }

    @Bean
    RecurringTask<Void> completedEventCleanupTask() {
        return Tasks.recurring("completed-event-cleanup", Schedules.daily(ZoneId.of("Asia/Shanghai"), LocalTime.of(3, 30)))
                .execute((instance, context) -> cleanUp());
    }

    void cleanUp() {
        completed.deletePublicationsOlderThan(kept);
    }
}
