package org.shegong.suggestion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * An award round's id (decision 0007: aggregates are referred to by a typed id, not a bare number).
 * In JSON (the API) it is the bare number, as it was before it had a type of its own.
 */
public record AwardRoundId(@JsonValue long value) implements Serializable {

    @JsonCreator
    public static AwardRoundId of(long value) {
        return new AwardRoundId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
