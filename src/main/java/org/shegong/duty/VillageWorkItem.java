package org.shegong.duty;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.region.RegionCode;

/** An item of a village's admitted work list, valid from {@code effectiveFrom} until (excluding) {@code effectiveTo}. */
public record VillageWorkItem(long id, RegionCode village, String code, String name, VillageWorkType type,
        List<String> categoryCodes, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {

    public VillageWorkItem {
        categoryCodes = List.copyOf(categoryCodes);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }

    public boolean covers(String categoryCode) {
        return categoryCodes.contains(categoryCode);
    }
}
