package org.shegong;

/**
 * One door of the citizens' entrance page ({@code /public}): a module that serves citizens registers a bean of
 * this type, and the page lists all of them in {@code order}. Title and description are message keys of the
 * module's bundle; {@code trackLink} (may be empty) is where a citizen follows up with a code.
 */
public record PublicEntrance(int order, String titleKey, String descriptionKey, String link, String trackLink) {

    public PublicEntrance {
        if (!citizens(link) || !(trackLink.isEmpty() || citizens(trackLink))) {
            throw new IllegalArgumentException("a public entrance leads to a public page: " + link + " " + trackLink);
        }
    }

    /** Pages for citizens: the public pages, and volunteers' own pages (volunteers sign in as citizens). */
    private static boolean citizens(String path) {
        return path.startsWith("/public/") || path.startsWith("/volunteer/");
    }
}
