package org.shegong.demand;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention of closed years (issue 12, decision 0006 §5): once a day, on one node, finished demands received before
 * 1 January of the oldest year kept hot ({@code shegong.demand.archive.keep-years}, default 3: this year and the two
 * before it) move with all their rows into the schema {@code demand_archive} (V220, {@code demand_archive_batch}),
 * a batch of ids per transaction. They stay readable there ({@link #find}); the read model and its summary tables
 * keep every year's figures.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemandArchive.Settings.class)
class DemandArchive {

    private static final Logger log = LoggerFactory.getLogger(DemandArchive.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** {@code keep-years}: years kept hot counting this one (0: never archive); {@code batch}: demands per transaction. */
    @ConfigurationProperties("shegong.demand.archive")
    record Settings(@DefaultValue("3") int keepYears, @DefaultValue("10000") int batch) {

        Settings {
            if (keepYears < 0 || batch < 1) {
                throw new IllegalStateException("shegong.demand.archive: keep-years must be ≥ 0 and batch ≥ 1");
            }
        }
    }

    /** An archived demand as it was when it moved, with its timeline. */
    record Archived(long id, String trackingCode, String kind, String categoryCode, String regionCode, String matter,
            String status, Instant receivedAt, List<TimelineEntry> timeline) {
    }

    /** One timeline entry of an archived demand. */
    record TimelineEntry(int seq, Instant at, String actor, String action) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Settings settings;

    DemandArchive(JdbcClient jdbc, TransactionTemplate tx, Clock clock, Settings settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.settings = settings;
    }

    @Bean
    RecurringTask<Void> demandArchiveTask() {
        return Tasks.recurring("demand-archive", Schedules.daily(SHANGHAI, LocalTime.of(2, 30)))
                .execute((instance, context) -> archive());
    }

    /** 1 January (Beijing time) of the oldest year kept hot; empty when archiving is off. */
    Optional<Instant> cutOff() {
        if (settings.keepYears() == 0) {
            return Optional.empty();
        }
        int year = LocalDate.now(clock.withZone(SHANGHAI)).getYear() - settings.keepYears() + 1;
        return Optional.of(LocalDate.of(year, 1, 1).atStartOfDay(SHANGHAI).toInstant());
    }

    /** Archives everything due by the configured retention; returns how many demands moved. */
    int archive() {
        return cutOff().map(this::archiveBefore).orElse(0);
    }

    /** Moves the finished demands received before {@code cutOff}, batch by batch; returns how many moved. */
    int archiveBefore(Instant cutOff) {
        int total = 0;
        long after = 0;
        while (true) {
            long from = after;
            Batch b = tx.execute(status -> jdbc.sql("select moved, last_id from demand_archive_batch(:cutOff, :batch, :after)")
                    .param("cutOff", Timestamp.from(cutOff)).param("batch", settings.batch()).param("after", from)
                    .query(Rows.of(Batch.class)).single());
            if (b == null || b.lastId() == null) {
                break;
            }
            total += b.moved();
            after = b.lastId();
        }
        if (total > 0) {
            log.info("Archived {} finished demands received before {}", total, cutOff);
        }
        return total;
    }

    private record Batch(int moved, @Nullable Long lastId) {
    }

    /** An archived demand by tracking code, with its timeline; empty when it is not in the archive. */
    Optional<Archived> find(String trackingCode) {
        if (jdbc.sql("select to_regclass('demand_archive.demand') is null").query(Boolean.class).single()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, tracking_code, kind, category_code, region_code, matter, status, received_at
                from demand_archive.demand where tracking_code = :code
                """).param("code", trackingCode).query(Rows.of(Head.class)).optional()
                .map(d -> new Archived(d.id(), d.trackingCode(), d.kind(), d.categoryCode(), d.regionCode(), d.matter(), d.status(),
                        d.receivedAt(), jdbc.sql("""
                                select seq, at, actor, action from demand_archive.demand_timeline where demand_id = :id order by seq
                                """).param("id", d.id())
                                .query(Rows.of(TimelineEntry.class)).list()));
    }

    /** An archived demand's row, before its timeline is read. */
    private record Head(long id, String trackingCode, String kind, String categoryCode, String regionCode, String matter,
            String status, Instant receivedAt) {
    }
}
