package org.shegong.demand;

import java.time.Instant;

/**
 * A demand of the kind 建议 was registered: 人民建议征集 takes it as a suggestion and keeps the tracking code as the
 * link (上海市人民建议征集若干规定 §10). Carries the matter, never the requester's contact (the demand keeps it).
 */
public record ProposalReceived(DemandId demandId, String trackingCode, String regionCode, String matter, Instant receivedAt) {
}
