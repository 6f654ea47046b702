package org.shegong.workforce;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The workforce figures of one region, counted from the registries: townships (乡镇/街道) in it and how many of them
 * have a social-work station, stations, social workers and — where a resident figure is known — social workers per
 * 10,000 residents.
 */
public record StationCoverage(String code, String name, long townships, long coveredTownships, long stations,
        long socialWorkers, @Nullable Long residents) {

    /** Townships with a station / all townships, in percent with one decimal; {@code null} without townships. */
    @JsonProperty
    public @Nullable Double coverageRate() {
        return townships == 0 ? null : Math.round(coveredTownships * 1000.0 / townships) / 10.0;
    }

    /** Social workers per 10,000 residents, two decimals; {@code null} where the population is unknown. */
    @JsonProperty
    public @Nullable Double workersPer10k() {
        return residents == null || residents == 0 ? null : Math.round(socialWorkers * 1_000_000.0 / residents) / 100.0;
    }

    @JsonProperty
    public long uncoveredTownships() {
        return townships - coveredTownships;
    }
}
