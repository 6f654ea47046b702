package org.shegong.demand;

/** A stored demand's id (decision 0007: aggregates are referred to by a typed id, not a bare number). */
record DemandId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
