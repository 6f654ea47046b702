package org.shegong.demand;

/**
 * Inside this module only, in the registering transaction: a new demand with the text the classifier in memory learns
 * from (its words, edition and lesson rows are written by the registering statement itself, issue 12's intake ledger).
 * Not a module event: it carries the matter, which {@link DemandReceived} never does.
 */
record DemandStored(DemandId id, String categoryCode, String matter) {
}
