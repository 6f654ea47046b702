package org.shegong.petition;

import java.time.LocalDate;

/**
 * A pending statutory limit of a petition, counted on a year without an official holiday schedule, moved when the
 * schedule was loaded or edited. Carries no petitioner data: the case, the limit, the unit answerable and the dates.
 */
public record PetitionDeadlineRecomputed(PetitionId petitionId, String caseNumber, long unitId, String limit, LocalDate oldDate,
        LocalDate newDate) {
}
