package org.shegong.demand;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * A stored demand's id (decision 0007: aggregates are referred to by a typed id, not a bare number). In JSON (the API,
 * and the events kept in the publication registry) it is the bare number, as it was before it had a type of its own.
 */
public record DemandId(@JsonValue long value) implements Serializable {

    @JsonCreator
    public static DemandId of(long value) {
        return new DemandId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
