package org.shegong.petition;

/** A stored petition's id (decision 0007: aggregates are referred to by a typed id, not a bare number). */
record PetitionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
