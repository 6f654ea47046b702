package org.shegong.petition.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.shegong.petition.Category;
import org.shegong.petition.Outcome;
import org.shegong.petition.TransferMode;

/** The fields any step of the track may carry, from a JSON body or a form; each step reads the ones it needs. */
record Step(@Nullable Integer version, @Nullable Category category, @Nullable Integer route, @Nullable String notice,
        @Nullable Long unitId, @Nullable TransferMode mode, @Nullable String reason, @Nullable String note,
        @Nullable Integer days, @Nullable String head, @Nullable String agreement, @Nullable Outcome outcome,
        @Nullable String facts, @Nullable String reasons, @Nullable String legalBasis, @Nullable LocalDate requestedOn,
        @Nullable Long accountId, @Nullable String username, java.util.@Nullable List<Long> organs) {
}
