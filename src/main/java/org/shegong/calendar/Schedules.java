package org.shegong.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored schedules: {@code calendar_year} and {@code calendar_day}. */
@Repository
class Schedules {

    private final JdbcClient jdbc;

    Schedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Schedule load() {
        List<Schedule.OfficialYear> years = jdbc.sql("""
                SELECT year, source, loaded_at, loaded_by FROM calendar_year WHERE status = 'OFFICIAL'
                """)
                .query(Rows.of(Schedule.OfficialYear.class)).list();
        List<ScheduledDay> days = jdbc.sql("""
                SELECT day AS date, kind, name, region_code FROM calendar_day ORDER BY day, region_code NULLS FIRST
                """)
                .query(Rows.of(ScheduledDay.class)).list();
        return new Schedule(years, days);
    }

    /**
     * Serialises schedule edits across nodes (a transaction-scoped advisory lock, so that two first loads
     * of a new year cannot interleave) and answers whether {@code year} is official.
     */
    boolean lockOfficial(int year) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('calendar_schedule_edit'))").query((rs, n) -> 1).list();
        return jdbc.sql("SELECT year FROM calendar_year WHERE year = :year AND status = 'OFFICIAL' FOR UPDATE")
                .param("year", year).query(Integer.class).optional().isPresent();
    }

    List<ScheduledDay> storedDays(int year) {
        return jdbc.sql("""
                SELECT day AS date, kind, name, region_code FROM calendar_day WHERE year = :year
                ORDER BY region_code NULLS FIRST, day
                """)
                .param("year", year).query(Rows.of(ScheduledDay.class)).list();
    }

    void markOfficial(int year, String source, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO calendar_year (year, status, source, loaded_at, loaded_by)
                VALUES (:year, 'OFFICIAL', :source, :at, :actor)
                ON CONFLICT (year) DO UPDATE
                   SET status = 'OFFICIAL', source = EXCLUDED.source, loaded_at = EXCLUDED.loaded_at,
                       loaded_by = EXCLUDED.loaded_by, version = calendar_year.version + 1
                """)
                .param("year", year).param("source", source).param("actor", actor).param("at", Timestamp.from(at))
                .update();
    }

    void touch(int year, String actor, Instant at) {
        jdbc.sql("""
                UPDATE calendar_year SET loaded_at = :at, loaded_by = :actor, version = version + 1 WHERE year = :year
                """)
                .param("year", year).param("actor", actor).param("at", Timestamp.from(at))
                .update();
    }

    void replaceDays(int year, List<ScheduledDay> days) {
        jdbc.sql("DELETE FROM calendar_day WHERE year = :year").param("year", year).update();
        days.forEach(this::insert);
    }

    void insert(ScheduledDay day) {
        jdbc.sql("""
                INSERT INTO calendar_day (year, day, kind, name, region_code)
                VALUES (:year, :day, :kind, :name, :region)
                """)
                .param("year", day.date().getYear()).param("day", day.date()).param("kind", day.kind().name())
                .param("name", day.name()).param("region", day.regionCode())
                .update();
    }

    int delete(LocalDate date, @Nullable String regionCode) {
        return jdbc.sql("""
                DELETE FROM calendar_day
                 WHERE day = :day AND region_code IS NOT DISTINCT FROM CAST(:region AS TEXT)
                """)
                .param("day", date).param("region", regionCode)
                .update();
    }
}
