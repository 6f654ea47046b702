package org.shegong.calendar;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps this node's {@link WorkingCalendar} in step with the database: after every local edit
 * commits, and periodically for edits made on other nodes.
 */
@Component
class ScheduleRefresher {

    private static final Logger log = LoggerFactory.getLogger(ScheduleRefresher.class);

    private final WorkingCalendar calendar;
    private final Schedules schedules;
    private final CalendarProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService timer;

    ScheduleRefresher(WorkingCalendar calendar, Schedules schedules, CalendarProperties properties,
            Clock clock) {
        this.calendar = calendar;
        this.schedules = schedules;
        this.properties = properties;
        this.clock = clock;
    }

    void refresh() {
        calendar.replace(schedules.load());
    }

    /** Reloads once the current transaction has committed (at once when there is none). */
    void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh();
                }
            });
        } else {
            refresh();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        List<Integer> missing = calendar.missingOfficialYears(LocalDate.now(clock.withZone(Deadline.ZONE)));
        if (!missing.isEmpty()) {
            log.warn("No official holiday schedule for {}: deadlines reaching into it are provisional, computed from the "
                    + "statutory holidays without make-up working days. A province administrator should load it at /admin/calendar.",
                    missing);
        }
        long every = properties.refreshInterval().toMillis();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "calendar-refresh");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
        timer = executor;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not reload the holiday schedules; keeping the previous ones", e);
        }
    }

    @PreDestroy
    void stop() {
        ScheduledExecutorService executor = timer;
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
