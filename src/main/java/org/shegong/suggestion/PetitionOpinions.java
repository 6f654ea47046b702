package org.shegong.suggestion;

import org.shegong.petition.PetitionOpinionReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** 信访工作条例 §29: a petition classified 建议意见 is received here as a suggestion, linked by its case number. */
@Component
class PetitionOpinions {

    private final SuggestionManagement suggestions;

    PetitionOpinions(SuggestionManagement suggestions) {
        this.suggestions = suggestions;
    }

    @ApplicationModuleListener
    void on(PetitionOpinionReceived opinion) {
        suggestions.receiveFromPetition(opinion.petitionId().value(), opinion.caseNumber(), opinion.regionCode(), opinion.matter(),
                opinion.at());
    }
}
