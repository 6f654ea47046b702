package org.shegong.region;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an address names: the deepest division found, the text spans that named it (and its matched
 * ancestors), and whether the text was ambiguous.
 *
 * @param address    the address as given
 * @param region     the deepest division named, or — when the text fits several — their deepest common
 *                   ancestor; {@code null} when the text names no division
 * @param spans      the matched pieces of the address, outermost first (offsets into {@code address})
 * @param ambiguous  the text fits several divisions equally well ({@code candidates}); {@code region}
 *                   is then where they meet
 * @param candidates the equally good deepest divisions when ambiguous (at most 10), else empty
 */
public record AddressResolution(String address, @Nullable Region region, List<Span> spans, boolean ambiguous,
        List<Region> candidates) {

    /**
     * One matched piece of text.
     *
     * @param abbreviated the text omitted the administrative suffix (成都 for 成都市, 凉山 for 凉山彝族自治州)
     */
    public record Span(int start, int end, String text, RegionCode code, RegionLevel level, boolean abbreviated) {
    }

    public boolean matched() {
        return region != null;
    }
}
