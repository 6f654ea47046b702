package org.shegong.petition;

import java.time.Instant;

/**
 * An accountability trigger (信访工作条例 §§43–46) or a major/urgent flag (§25) on a petition: NOT_REGISTERED_IN_TIME,
 * NOTICE_LATE, OVERDUE, EXTENSION_WITHOUT_APPROVAL or MAJOR. Carries no petitioner data.
 */
public record PetitionAlertRaised(PetitionId petitionId, String caseNumber, long unitId, String alert, Instant at) {
}
