package org.shegong.notify;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One notice in a unit's inbox.
 *
 * @param kind     what it is about, e.g. {@code demand.overdue}; also the i18n key of its heading
 * @param subject  the text in Chinese
 * @param subjectEn the same in English
 * @param link     where to act on it (a page of the owning module)
 */
public record Notice(long id, long unitId, String kind, String subject, String subjectEn, String link, Instant createdAt,
        @Nullable Instant readAt, @Nullable String readBy) {

    public boolean unread() {
        return readAt == null;
    }
}
