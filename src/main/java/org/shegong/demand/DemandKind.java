package org.shegong.demand;

/** The five kinds of demand (接诉即办工作条例 §2). */
public enum DemandKind {
    ENQUIRY, HELP, COMPLAINT, REPORT, PROPOSAL
}
