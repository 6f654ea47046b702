package org.shegong.petition;

import java.time.Instant;

/** 信访工作条例 §29: a 建议意见 petition passed on for public suggestion collection. Carries no petitioner data. */
public record PetitionOpinionReceived(PetitionId petitionId, String caseNumber, String regionCode, String matter, Instant at) {
}
