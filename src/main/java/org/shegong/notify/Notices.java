package org.shegong.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores notices; every read is by unit, so one unit never sees another's. */
@Repository
class Notices {

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Notice add(long unitId, String kind, String subject, String subjectEn, String link, Instant at) {
        long id = jdbc.sql("""
                insert into notify_notice (unit_id, kind, subject, subject_en, link, created_at)
                values (:unit, :kind, :subject, :subjectEn, :link, :at) returning id
                """).param("unit", unitId).param("kind", kind).param("subject", subject).param("subjectEn", subjectEn)
                .param("link", link).param("at", Timestamp.from(at)).query(Long.class).single();
        return new Notice(id, unitId, kind, subject, subjectEn, link, at, null, null);
    }

    /** A digest row after a tally, and whether this tally created it. */
    record Tallied(Notice notice, boolean created) {
    }

    /** A row returned by the tally: the notice's columns and whether the insert created it. */
    private record TallyRow(long id, long unitId, String kind, String subject, String subjectEn, String link, Instant createdAt,
            @Nullable Instant readAt, @Nullable String readBy, boolean created) {

        Tallied tallied() {
            return new Tallied(new Notice(id, unitId, kind, subject, subjectEn, link, createdAt, readAt, readBy), created);
        }
    }

    /**
     * Adds each unit's count to its unread digest notice with {@code digestKey}, creating it where there is none, in
     * one statement. The subjects are {@code zh} / {@code en} with the total in place of {@code %s}. Units are taken
     * in ascending order so that concurrent tallies lock rows in the same order.
     */
    List<Tallied> tally(java.util.SortedMap<Long, Integer> counts, String kind, String digestKey, String zh, String en,
            String link, Instant at) {
        return jdbc.sql("""
                insert into notify_notice (unit_id, kind, subject, subject_en, link, created_at, digest_key, item_count)
                select t.u, :kind, format(:zh, t.c), format(:en, t.c), :link, :at, :key, t.c
                from unnest(cast(:units as bigint[]), cast(:counts as int[])) with ordinality as t(u, c, n)
                order by t.n
                on conflict (unit_id, digest_key) where digest_key is not null and read_at is null
                do update set item_count = notify_notice.item_count + excluded.item_count,
                  subject = format(:zh, notify_notice.item_count + excluded.item_count),
                  subject_en = format(:en, notify_notice.item_count + excluded.item_count),
                  created_at = excluded.created_at
                returning *, (xmax = 0) as created
                """).param("kind", kind).param("zh", zh).param("en", en).param("link", link)
                .param("at", Timestamp.from(at)).param("key", digestKey)
                .param("units", counts.keySet().toArray(new Long[0])).param("counts", counts.values().toArray(new Integer[0]))
                .query(Rows.of(TallyRow.class)).list().stream().map(TallyRow::tallied).toList();
    }

    List<Notice> forUnit(long unitId, boolean unreadOnly, int limit) {
        return jdbc.sql("""
                select * from notify_notice where unit_id = :unit and (not :unreadOnly or read_at is null)
                order by created_at desc, id desc limit :limit
                """).param("unit", unitId).param("unreadOnly", unreadOnly).param("limit", limit)
                .query(Rows.of(Notice.class)).list();
    }

    int unread(long unitId) {
        return jdbc.sql("select count(*) from notify_notice where unit_id = :unit and read_at is null")
                .param("unit", unitId).query(Integer.class).single();
    }

    Optional<Notice> find(long unitId, long id) {
        return jdbc.sql("select * from notify_notice where unit_id = :unit and id = :id").param("unit", unitId)
                .param("id", id).query(Rows.of(Notice.class)).optional();
    }

    /** Marks read once: the first reader is kept. */
    int markRead(long unitId, List<Long> ids, String by, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update notify_notice set read_at = :at, read_by = :by
                where unit_id = :unit and id in (:ids) and read_at is null
                """).param("at", Timestamp.from(at)).param("by", by).param("unit", unitId).param("ids", ids).update();
    }

    int markAllRead(long unitId, String by, Instant at) {
        return jdbc.sql("update notify_notice set read_at = :at, read_by = :by where unit_id = :unit and read_at is null")
                .param("at", Timestamp.from(at)).param("by", by).param("unit", unitId).update();
    }
}
