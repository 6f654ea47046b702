package org.shegong;

import java.util.List;

/**
 * One module's tile on the 一屏统览 overview for leaders: a title, a few headline figures and where to read more.
 * Each module registers one {@code identity.OverviewSource} bean; the overview page lists all tiles in
 * {@code order}, so a module filed later adds its tile without the page knowing its types.
 *
 * @param order    position on the screen (demands 10, petitions 20, later modules after)
 * @param titleKey message key of the module's bundle
 * @param figures  the headline figures, at most six
 * @param link     a path of this site with the module's own statistics
 */
public record OverviewTile(int order, String titleKey, List<Figure> figures, String link) {

    public OverviewTile {
        figures = List.copyOf(figures);
        if (figures.size() > 6 || !link.startsWith("/")) {
            throw new IllegalArgumentException("an overview tile has at most six figures and a local link: " + link);
        }
    }

    /**
     * One headline figure: a label (message key of the module's bundle), the value as already formatted text
     * (e.g. "1,234", "97.5%") and whether it needs a leader's attention (shown in red).
     */
    public record Figure(String labelKey, String value, boolean alert) {
    }
}
