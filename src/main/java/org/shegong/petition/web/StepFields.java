package org.shegong.petition.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.petition.Category;
import org.shegong.petition.Outcome;
import org.shegong.petition.TransferMode;

/** The fields a step of the track may carry, from a JSON body or a form; each step's route reads the ones it needs. */
record StepFields(@Nullable Integer version, @Nullable Category category, @Nullable Integer route, @Nullable String notice,
        @Nullable Long unitId, @Nullable TransferMode mode, @Nullable String reason, @Nullable String note,
        @Nullable Integer days, @Nullable String head, @Nullable String agreement, @Nullable Outcome outcome,
        @Nullable String facts, @Nullable String reasons, @Nullable String legalBasis, @Nullable LocalDate requestedOn,
        @Nullable Long accountId, @Nullable List<Long> organs) {

    long unit() {
        if (unitId == null) {
            throw new InvalidInput("unitId", "petition.organ.unknown", "");
        }
        return unitId;
    }

    long account() {
        if (accountId == null) {
            throw new InvalidInput("accountId", "petition.account.required");
        }
        return accountId;
    }

    Category requiredCategory() {
        if (category == null) {
            throw new InvalidInput("category", "petition.category.required");
        }
        return category;
    }

    int dayCount() {
        return days == null ? 0 : days;
    }
}
