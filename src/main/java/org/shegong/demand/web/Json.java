package org.shegong.demand.web;

import tools.jackson.databind.json.JsonMapper;

/** One JSON writer for the Open311 answers, which keep the specification's snake_case names and nulls. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
