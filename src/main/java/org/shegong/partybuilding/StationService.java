package org.shegong.partybuilding;

/** What a station offers new-employment workers. */
public enum StationService {
    REST, DRINKING_WATER, PHONE_CHARGING, MEAL_HEATING, RESTROOM, FIRST_AID, LEGAL_AID, PARTY_ACTIVITIES
}
