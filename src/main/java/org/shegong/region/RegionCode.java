package org.shegong.region;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.regex.Pattern;
import org.shegong.InvalidInput;

/**
 * A national division code (GB/T 2260 + NBS statistical codes): 12 digits, 2+2+2+3+3, e.g.
 * {@code 510000000000} for 四川省. A grid code extends its village code by 3 digits (15 digits).
 * The level follows from which segments are zero.
 */
public record RegionCode(@JsonValue String value) implements Comparable<RegionCode>, Serializable {

    private static final Pattern FORMAT = Pattern.compile("\\d{12}|\\d{15}");

    public RegionCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInput("code", "region.code.malformed", value);
        }
    }

    @JsonCreator
    public static RegionCode of(String value) {
        return new RegionCode(value == null ? null : value.trim());
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static final RegionCode SICHUAN = new RegionCode("510000000000");

    public RegionLevel level() {
        if (value.length() == 15) {
            return RegionLevel.GRID;
        }
        if (value.substring(2).chars().allMatch(c -> c == '0')) {
            return RegionLevel.PROVINCE;
        }
        if (value.substring(4).chars().allMatch(c -> c == '0')) {
            return RegionLevel.CITY;
        }
        if (value.substring(6).chars().allMatch(c -> c == '0')) {
            return RegionLevel.COUNTY;
        }
        if (value.substring(9).chars().allMatch(c -> c == '0')) {
            return RegionLevel.TOWNSHIP;
        }
        return RegionLevel.VILLAGE;
    }

    /** The significant leading digits; every code inside this region starts with them. */
    public String prefix() {
        return value.substring(0, level().digits());
    }

    /** Whether {@code other} is this region or lies inside it (level-aware, never a bare string prefix). */
    public boolean contains(RegionCode other) {
        RegionLevel mine = level();
        return other.value.startsWith(prefix()) && (mine == other.level() ? value.equals(other.value) : mine.isAbove(other.level()));
    }

    /** The code of the enclosing region, or {@code null} for a province. */
    public RegionCode parent() {
        return switch (level()) {
            case PROVINCE -> null;
            case CITY -> new RegionCode(value.substring(0, 2) + "0000000000");
            case COUNTY -> new RegionCode(value.substring(0, 4) + "00000000");
            case TOWNSHIP -> new RegionCode(value.substring(0, 6) + "000000");
            case VILLAGE -> new RegionCode(value.substring(0, 9) + "000");
            case GRID -> new RegionCode(value.substring(0, 12));
        };
    }

    /** The enclosing region at {@code level}, or this code when it is already at or above it. */
    public RegionCode ancestorAt(RegionLevel level) {
        RegionCode c = this;
        while (c.level().ordinal() > level.ordinal()) {
            c = c.parent();
        }
        return c;
    }

    @Override
    public int compareTo(RegionCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
