package org.shegong.region;

/** The levels of the division tree, each with the number of significant code digits. */
public enum RegionLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12), GRID(15);

    private final int digits;

    RegionLevel(int digits) {
        this.digits = digits;
    }

    /** How many leading digits of a code identify a region of this level. */
    public int digits() {
        return digits;
    }

    public boolean isAbove(RegionLevel other) {
        return ordinal() < other.ordinal();
    }
}
