package org.shegong.suggestion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * A stored suggestion's id (decision 0007: aggregates are referred to by a typed id, not a bare number). A group of
 * repeats is named by its lead's id, so a group id is a {@code SuggestionId} too. In JSON (the API) it is the bare
 * number, as it was before it had a type of its own.
 */
public record SuggestionId(@JsonValue long value) implements Serializable {

    @JsonCreator
    public static SuggestionId of(long value) {
        return new SuggestionId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
