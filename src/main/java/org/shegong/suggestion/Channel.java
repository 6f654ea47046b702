package org.shegong.suggestion;

/**
 * How a suggestion reached us: online, at a collection point, offline by staff entry, or from another module (a 信访
 * petition, a 12345 hotline demand of the kind 建议).
 */
public enum Channel {
    ONLINE, POINT, LETTER, CALL, MEETING, VISIT, API, PETITION, HOTLINE;

    /** The channels a staff member may enter by hand. */
    public static final java.util.List<Channel> STAFF_ENTRY = java.util.List.of(LETTER, CALL, MEETING, VISIT);
}
