package org.shegong.demand;

/** The requester's verdict at call-back (接诉即办工作条例 §23): satisfied, basically satisfied or dissatisfied. */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
