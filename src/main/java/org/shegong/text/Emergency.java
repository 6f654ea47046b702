package org.shegong.text;

/**
 * A danger that needs an immediate transfer instead of a work order (接诉即办 triage: emergencies go to
 * 110/119/120/122 or the utility's emergency line), with the number to transfer to.
 */
public enum Emergency {
    FIRE("119"),
    GAS_LEAK("119"),
    EXPLOSION("119"),
    VIOLENCE("110"),
    SUICIDE_ATTEMPT("110"),
    PERSON_COLLAPSED("120"),
    POISONING("120"),
    DROWNING("110"),
    CHILD_LOCKED_IN_CAR("119"),
    TRAPPED("119"),
    BURST_MAIN("供水抢修"),
    LIVE_WIRE("95598"),
    LANDSLIDE("119"),
    ROAD_COLLAPSE("110"),
    CRIME_IN_PROGRESS("110");

    private final String transferTo;

    Emergency(String transferTo) {
        this.transferTo = transferTo;
    }

    /** The number or line the operator transfers the caller to. */
    public String transferTo() {
        return transferTo;
    }
}
