package org.shegong.demand;

/** The fixed outcomes of triage that are never dispatched (接诉即办工作条例 §11). */
public enum Exclusion {
    /** 110/119/120/122 matters: transferred at once. */
    EMERGENCY_TRANSFER,
    /** Litigation, arbitration, discipline inspection, administrative review, information disclosure, 信访. */
    LEGAL_CHANNEL,
    /** A repeat with no new facts: the requester is told the progress. */
    REPEAT_WITHOUT_NEW_FACTS,
    /** State secrets, trade secrets or privacy. */
    SECRET_OR_PRIVATE,
    /** Outside every unit's remit: pointed to market or social channels. */
    OUTSIDE_REMIT,
    /** An unlawful request: persuaded and explained. */
    UNLAWFUL
}
