package org.shegong.suggestion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * A collection point's (人民建议征集点) id (decision 0007: aggregates are referred to by a typed id, not a bare number).
 * In JSON (the API) it is the bare number, as it was before it had a type of its own.
 */
public record PointId(@JsonValue long value) implements Serializable {

    @JsonCreator
    public static PointId of(long value) {
        return new PointId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
