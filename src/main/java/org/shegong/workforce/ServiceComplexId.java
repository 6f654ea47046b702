package org.shegong.workforce;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * A 社区综合服务体's id
 * (decision 0007: aggregates are referred to by a typed id, not a bare number). In JSON (the API) it is the bare
 * number, as it was before it had a type of its own.
 */
public record ServiceComplexId(@JsonValue long value) implements Serializable {

    @JsonCreator
    public static ServiceComplexId of(long value) {
        return new ServiceComplexId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
