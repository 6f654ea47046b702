package org.shegong.dispute;

/** Where a dispute came to light; the reference is kept (a demand or petition id, a screening item, a care visit). */
public enum DisputeSource {
    SCREENING, DEMAND, PETITION, WALK_IN, CARE_VISIT
}
