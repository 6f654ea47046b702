package org.shegong.care;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * A registered person's id (decision 0007: aggregates are referred to by a typed id, not a bare number). In JSON (the
 * API, and the events kept in the publication registry) it is the bare number, as it was before it had a type of its
 * own.
 */
public record PersonId(@JsonValue long value) implements Serializable {

    @JsonCreator
    public static PersonId of(long value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
