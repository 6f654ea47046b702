package org.shegong.insight;

/**
 * One unit's counts for a month, after leaving out merged repeats and approved appeals: work orders
 * dispatched (incl. 吹哨 summons), accepted (or reported in) on time, called back with the requester reached,
 * resolved, satisfied, basically satisfied; and, for 吹哨报到, how many whistles it blew and summons it got.
 */
public record UnitFigures(long unitId, String unitName, String regionCode, long dispatched, long acceptedOnTime,
        long calledBack, long resolved, long satisfied, long basicallySatisfied, long whistles, long summoned,
        long excluded) {
}
