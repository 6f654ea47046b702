package org.shegong.suggestion;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.shegong.calendar.Deadline;

/**
 * Campaign times are minutes in Asia/Shanghai: a campaign closing at 18:00 takes a suggestion sent at 17:59:59 and
 * refuses one sent at 18:00:00 (the closing minute itself is closed).
 */
final class ClosingMinute {

    private ClosingMinute() {
    }

    /** A local minute (seconds dropped) in Asia/Shanghai as an instant. */
    static Instant at(LocalDateTime local) {
        return local.truncatedTo(ChronoUnit.MINUTES).atZone(Deadline.ZONE).toInstant();
    }

    /** Whether {@code now}'s minute is before {@code minute}. */
    static boolean before(Instant now, Instant minute) {
        return now.truncatedTo(ChronoUnit.MINUTES).isBefore(minute);
    }
}
