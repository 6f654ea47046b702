package org.shegong.burden;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.shegong.region.RegionCode;

/**
 * A figure the platform already holds about a village or township, offered to pre-fill form fields instead of
 * asking for it again (一表通). A module that holds such a figure registers a bean; a form field names the source by
 * {@link #key()}.
 */
public interface PrefillSource {

    /** Stable key a form field refers to, e.g. {@code region.households}. */
    String key();

    /** Message key naming the figure (in the contributing module's bundle). */
    String labelKey();

    /** The figure for each of {@code units} (villages or townships) where the platform holds one. */
    Map<RegionCode, BigDecimal> values(Collection<RegionCode> units);
}
