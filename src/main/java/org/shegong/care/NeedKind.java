package org.shegong.care;

/** Where a need found on a visit went: a demand (接诉即办), a volunteer task, or a dispute (矛盾纠纷). */
public enum NeedKind {
    DEMAND, VOLUNTEER_TASK, DISPUTE
}
