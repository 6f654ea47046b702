package org.shegong.partybuilding;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * "两个覆盖" for one region, department or month, counted from the registries. Organizational coverage =
 * (units with their own organization + units in joint, regional or industry organizations) / operating units
 * (DOMAIN.md §9); work coverage = (those + units without an organization that have an instructor or liaison) /
 * operating units. A rate is {@code null} where no unit operates.
 */
public record CoverageFigures(String key, String name, long operating, long own, long joint, long instructed) {

    @JsonProperty
    public long organized() {
        return own + joint;
    }

    @JsonProperty
    public long worked() {
        return own + joint + instructed;
    }

    /** Percent, one decimal. */
    @JsonProperty
    public @Nullable Double organizationalRate() {
        return rate(organized());
    }

    @JsonProperty
    public @Nullable Double workRate() {
        return rate(worked());
    }

    private @Nullable Double rate(long covered) {
        return operating == 0 ? null : Math.round(covered * 1000.0 / operating) / 10.0;
    }

    CoverageFigures plus(CoverageFigures o) {
        return new CoverageFigures(key, name, operating + o.operating, own + o.own, joint + o.joint,
                instructed + o.instructed);
    }
}
