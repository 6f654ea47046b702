package org.shegong.burden;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * An admission application's (准入申请) id (decision 0007: aggregates are referred to by a typed id, not a bare number).
 * In JSON (the API) it is the bare number, as it was before it had a type of its own.
 */
public record ApplicationId(@JsonValue long value) implements Serializable {

    @JsonCreator
    public static ApplicationId of(long value) {
        return new ApplicationId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
