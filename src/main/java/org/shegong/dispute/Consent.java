package org.shegong.dispute;

/** A party's answer to mediation: 人民调解法 §17 (consent; a clear refusal forbids mediation) and §23 (may stop it). */
public enum Consent {
    PENDING, GIVEN, REFUSED, STOPPED
}
