package org.shegong.gridfusion;

/** Where a departmental layer stands. */
public enum LayerStatus {
    /** The department's current layer, not yet merged. */
    ACTIVE,
    /** A newer version of the same layer was uploaded. */
    SUPERSEDED,
    /** Merged: every grid is mapped onto unified grids; the department's work there goes to the unified grids' workers. */
    RETIRED
}
