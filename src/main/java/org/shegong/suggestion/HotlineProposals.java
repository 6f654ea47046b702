package org.shegong.suggestion;

import org.shegong.demand.ProposalReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A 12345 demand of the kind 建议 is received here as a suggestion, linked by the demand's tracking code. */
@Component
class HotlineProposals {

    private final SuggestionManagement suggestions;

    HotlineProposals(SuggestionManagement suggestions) {
        this.suggestions = suggestions;
    }

    @ApplicationModuleListener
    void on(ProposalReceived proposal) {
        suggestions.receiveFromHotline(proposal.demandId().value(), proposal.trackingCode(), proposal.regionCode(), proposal.matter(),
                proposal.receivedAt());
    }
}
