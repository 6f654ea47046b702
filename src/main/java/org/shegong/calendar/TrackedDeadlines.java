package org.shegong.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deadlines registered while provisional: {@code calendar_provisional_deadline}. */
@Repository
class TrackedDeadlines {

    record Tracked(String owner, String referenceId, LocalDate start, DeadlineRule rule, @Nullable String regionCode,
            LocalDate deadline) {
    }

    private final JdbcClient jdbc;

    TrackedDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Tracked t, Instant at) {
        jdbc.sql("""
                INSERT INTO calendar_provisional_deadline
                       (owner, reference_id, start_date, rule, region_code, deadline, registered_at)
                VALUES (:owner, :ref, :start, :rule, :region, :deadline, :at)
                ON CONFLICT (owner, reference_id) DO UPDATE
                   SET start_date = EXCLUDED.start_date, rule = EXCLUDED.rule, region_code = EXCLUDED.region_code,
                       deadline = EXCLUDED.deadline, registered_at = EXCLUDED.registered_at, recomputed_at = NULL
                """)
                .param("owner", t.owner()).param("ref", t.referenceId()).param("start", t.start())
                .param("rule", t.rule().toString()).param("region", t.regionCode()).param("deadline", t.deadline())
                .param("at", Timestamp.from(at))
                .update();
    }

    void delete(String owner, String referenceId) {
        jdbc.sql("DELETE FROM calendar_provisional_deadline WHERE owner = :owner AND reference_id = :ref")
                .param("owner", owner).param("ref", referenceId).update();
    }

    /** Every tracked deadline whose span from its start to its (old) deadline reaches into {@code year}. */
    List<Tracked> touching(int year) {
        return jdbc.sql("""
                SELECT owner, reference_id, start_date, rule, region_code, deadline
                  FROM calendar_provisional_deadline
                 WHERE start_date <= :lastDay AND deadline >= :firstDay
                 ORDER BY owner, reference_id
                 FOR UPDATE
                """)
                .param("firstDay", LocalDate.of(year, 1, 1)).param("lastDay", LocalDate.of(year, 12, 31))
                .query(Rows.of(TrackedRow.class)).list().stream()
                .map(r -> new Tracked(r.owner(), r.referenceId(), r.startDate(), DeadlineRule.parse(r.rule()), r.regionCode(),
                        r.deadline()))
                .toList();
    }

    private record TrackedRow(String owner, String referenceId, LocalDate startDate, String rule, @Nullable String regionCode,
            LocalDate deadline) {
    }

    void recomputed(Tracked t, LocalDate deadline, Instant at) {
        jdbc.sql("""
                UPDATE calendar_provisional_deadline SET deadline = :deadline, recomputed_at = :at
                 WHERE owner = :owner AND reference_id = :ref
                """)
                .param("owner", t.owner()).param("ref", t.referenceId()).param("deadline", deadline)
                .param("at", Timestamp.from(at))
                .update();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM calendar_provisional_deadline").query(Long.class).single();
    }
}
