package org.shegong.burden;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An admission application (准入申请) as stored. */
public record Application(ApplicationId id, String countyCode, long applicantUnitId, String applicantName, String itemCode,
        String title, String workType, String legalBasis, String frequency, String funding, String formsInvolved,
        LocalDate submittedOn, LocalDate startsOn, @Nullable LocalDate endsOn, LocalDate decideBy, String deadlineNote,
        String status, @Nullable String reason, @Nullable String decidedBy, @Nullable Instant decidedAt, int villages,
        int version) {
}
