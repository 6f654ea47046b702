package org.shegong.partybuilding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * A party organization's id (own or joint branch, regional or industry organization)
 * (decision 0007: aggregates are referred to by a typed id, not a bare number). In JSON (the API) it is the bare
 * number, as it was before it had a type of its own.
 */
public record PartyOrganizationId(@JsonValue long value) implements Serializable {

    @JsonCreator
    public static PartyOrganizationId of(long value) {
        return new PartyOrganizationId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
