package org.shegong.suggestion;

/** 上海市人民建议征集若干规定 §10: personal claims and matters for litigation, arbitration or review are not suggestions. */
public enum Screening {
    /** A personal claim: turned into a 接诉即办 demand, the proposer told. */
    PERSONAL_CLAIM,
    /** A matter for litigation, arbitration or administrative review: the proposer gets the channel notice. */
    LEGAL_CHANNEL
}
