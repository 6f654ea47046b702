package org.shegong.suggestion;

/** What an adopted suggestion became (§13): a measure, a regulation or a decision. */
public enum AdoptionResult {
    MEASURE, REGULATION, DECISION
}
