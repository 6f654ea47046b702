package org.shegong.database;

import com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * db-scheduler's Spring Boot starter (16.7) orders itself after Spring Boot 3's {@code DataSourceAutoConfiguration},
 * a class Spring Boot 4 moved: the hint is lost (start-up warned with a {@code TypeNotPresentException}), and with an
 * external database the scheduler could be configured before the data source exists and silently not start. Its
 * own registration is excluded ({@code spring.autoconfigure.exclude}); this one imports it after Boot 4's data source.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@Import(DbSchedulerAutoConfiguration.class)
class SchedulerAfterDataSource {
}
