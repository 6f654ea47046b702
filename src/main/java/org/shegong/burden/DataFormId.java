package org.shegong.burden;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * A data form's id (decision 0007: aggregates are referred to by a typed id, not a bare number).
 * In JSON (the API) it is the bare number, as it was before it had a type of its own.
 */
public record DataFormId(@JsonValue long value) implements Serializable {

    @JsonCreator
    public static DataFormId of(long value) {
        return new DataFormId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
