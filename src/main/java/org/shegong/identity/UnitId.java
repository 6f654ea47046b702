package org.shegong.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * A unit's (单位) id (decision 0007: aggregates are referred to by a typed id, not a bare number). In JSON (the API,
 * and the events kept in the publication registry) it is the bare number, as it was before it had a type of its own.
 */
public record UnitId(@JsonValue long value) implements Serializable {

    @JsonCreator
    public static UnitId of(long value) {
        return new UnitId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
