package org.shegong.burden;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A data form pushed down the levels (上下贯通), as stored. */
public record DataForm(DataFormId id, long ownerUnitId, String ownerName, String ownerRegion, String title, String period,
        String targetRoot, String targetLevel, @Nullable String itemCode, LocalDate opensOn, LocalDate deadline,
        LocalDate closesOn, int minutesPerField, String status, int targets, int version) {
}
