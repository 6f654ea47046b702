package org.shegong.volunteer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One volunteer on a shift as the organizer sees them: sign-up, attendance and any pending correction. */
public record AttendanceRow(long signupId, long shiftId, String volunteerNumber, String volunteerName, SignUpStatus signupStatus,
        @Nullable Long attendanceId, @Nullable Instant checkInAt, @Nullable Instant checkOutAt, int minutes,
        @Nullable String status, @Nullable Long correctionId, @Nullable Integer correctionMinutes,
        @Nullable String correctionReason) {

    public String hours() {
        return Hours.text(minutes);
    }

    public boolean confirmed() {
        return "CONFIRMED".equals(status);
    }
}
