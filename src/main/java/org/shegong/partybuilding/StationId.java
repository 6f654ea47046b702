package org.shegong.partybuilding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * The id of a station for new-employment workers
 * (decision 0007: aggregates are referred to by a typed id, not a bare number). In JSON (the API) it is the bare
 * number, as it was before it had a type of its own.
 */
public record StationId(@JsonValue long value) implements Serializable {

    @JsonCreator
    public static StationId of(long value) {
        return new StationId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
