package org.shegong.demand;

/** Where a demand stands. */
public enum DemandStatus {
    /** Registered, not yet triaged or dispatched. */
    RECEIVED,
    /** An enquiry answered on the spot (接诉即办工作条例 §11). */
    ANSWERED_ON_SPOT,
    /** One of the fixed exclusions of §11: recorded with its notice, never dispatched. */
    EXCLUDED,
    DISPATCHED,
    /** The lead unit has returned it; the hotline reviews and dispatches again or refuses the return. */
    RETURNED,
    ACCEPTED,
    REPLIED,
    CLOSED,
    /** 并单: a repeat that follows another demand's handling; its requester gets that demand's reply. */
    MERGED
}
