package org.shegong.suggestion;

/** How a suggestion reached us: online, at a collection point, offline by staff entry, or from another module. */
public enum Channel {
    ONLINE, POINT, LETTER, CALL, MEETING, VISIT, API, PETITION;

    /** The channels a staff member may enter by hand. */
    public static final java.util.List<Channel> STAFF_ENTRY = java.util.List.of(LETTER, CALL, MEETING, VISIT);
}
