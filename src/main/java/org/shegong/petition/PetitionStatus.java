package org.shegong.petition;

/** Where a petition stands on its track. */
public enum PetitionStatus {
    REGISTERED,
    /** 建议意见, passed on to suggestion collection (§29). */
    OPINION_FORWARDED,
    /** Routes 1–5 of §31: guided into their procedure with a written notice; never on the track. */
    CHANNELLED,
    TRANSFERRED,
    OBJECTED,
    DECLINED,
    ACCEPTED,
    DECIDED,
    UNDER_REVIEW,
    REVIEWED,
    UNDER_RE_REVIEW,
    /** 终结: after re-review the same facts and reasons are never accepted again (§36). */
    CONCLUDED,
    /** Closed by mediation or settlement with an agreement record (§33). */
    SETTLED;

    public boolean closed() {
        return this == OPINION_FORWARDED || this == CHANNELLED || this == DECLINED || this == CONCLUDED || this == SETTLED;
    }
}
