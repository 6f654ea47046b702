package org.shegong.duty;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item of a township duty list.
 *
 * @param leadUnitId the county functional department that leads an assisting item or took back a
 *                   withdrawn one; {@code null} for a basic item
 */
public record DutyItem(String code, String name, DutyItemType type, List<String> categoryCodes,
        @Nullable Long leadUnitId) {

    public DutyItem {
        categoryCodes = List.copyOf(categoryCodes);
    }

    public boolean covers(String categoryCode) {
        return categoryCodes.contains(categoryCode);
    }
}
