package org.shegong.duty;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.shegong.region.RegionCode;

/**
 * What the dispatch catalogue proposes for a demand of one category in one township on one day.
 *
 * @param leadUnitId        the proposed lead unit; {@code null} when the township office or county
 *                          government is not registered as a unit (then {@link #leadName()} names it)
 * @param coHandlerUnitId   for an assisting item the township office (co-handler), else {@code null}
 * @param villageMayHandle  whether the village/community may be given the work at all
 * @param villageMayLead    whether it may lead (only its own statutory work, never work it merely assists with)
 * @param manualDispatch    no item matched: the county government coordinates and an operator must dispatch
 * @param listNumber        the version of the township list used, {@code null} when no list was in force
 */
public record DispatchProposal(RegionCode township, @Nullable RegionCode village, String categoryCode, LocalDate on,
        @Nullable Long leadUnitId, String leadName, @Nullable Long coHandlerUnitId, @Nullable String coHandlerName,
        boolean villageMayHandle, boolean villageMayLead, boolean manualDispatch, @Nullable Integer listNumber,
        @Nullable String itemCode, @Nullable DutyItemType itemType, String reason, String reasonEn) {
}
