package org.shegong.notify;

import java.time.Clock;
import java.util.List;
import org.shegong.NotFound;
import org.shegong.identity.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit's notices: other modules post to a unit; its staff read them. Staff only ever see their own unit's. */
@Service
public class Inbox {

    static final int MAX_LIST = 200;

    private final Notices notices;
    private final NoticeChannel channel;
    private final Clock clock;

    Inbox(Notices notices, NoticeChannel channel, Clock clock) {
        this.notices = notices;
        this.channel = channel;
        this.clock = clock;
    }

    /** Posts a notice to a unit's inbox and hands it to the outward channel. */
    @Transactional
    public Notice post(long unitId, String kind, String subject, String subjectEn, String link) {
        if (!link.matches("/[^/\\\\].*")) {
            // a notice only ever points into this site (no open redirect through /notices/{id}/open)
            throw new IllegalArgumentException("a notice link must be a path of this site: " + link);
        }
        Notice notice = notices.add(unitId, kind, subject, subjectEn, link, clock.instant());
        channel.send(notice);
        return notice;
    }

    /**
     * Adds to each unit's digest of {@code kind} for today (Asia/Shanghai): one unread notice per unit, kind and day,
     * whose count grows; {@code zh}/{@code en} hold {@code %s} for the count. Only a newly created digest goes to the
     * outward channel, so a unit is not messaged once per sweep batch.
     */
    @Transactional
    public void tally(String kind, java.util.SortedMap<Long, Integer> counts, String zh, String en, String link) {
        if (counts.isEmpty()) {
            return;
        }
        var now = clock.instant();
        String key = kind + ":" + now.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        for (Notices.Tallied t : notices.tally(counts, kind, key, zh, en, link, now)) {
            if (t.created()) {
                channel.send(t.notice());
            }
        }
    }

    @Transactional(readOnly = true)
    public List<Notice> list(StaffPrincipal me, boolean unreadOnly, int limit) {
        return notices.forUnit(me.unitId().value(), unreadOnly, Math.min(Math.max(limit, 1), MAX_LIST));
    }

    @Transactional(readOnly = true)
    public int unread(StaffPrincipal me) {
        return notices.unread(me.unitId().value());
    }

    /** Opens one notice (another unit's id answers 404) and marks it read. */
    @Transactional
    public Notice open(StaffPrincipal me, long id) {
        Notice n = notices.find(me.unitId().value(), id).orElseThrow(() -> new NotFound("notice", id));
        notices.markRead(me.unitId().value(), List.of(id), me.username(), clock.instant());
        return n;
    }

    @Transactional
    public int markAllRead(StaffPrincipal me) {
        return notices.markAllRead(me.unitId().value(), me.username(), clock.instant());
    }
}
