package org.shegong.volunteer;

/**
 * Where a volunteer task came from when it is not a demand: a kind chosen by the module that made it (e.g.
 * {@code care-need}), that module's reference (its record id) and the local path where the record is read, shown on
 * the activity. Carried back on {@link VolunteerTaskCompleted}.
 */
public record TaskSource(String kind, String reference, String link) {

    public TaskSource {
        if (kind.isBlank() || kind.length() > 20 || reference.isBlank() || reference.length() > 60) {
            throw new IllegalArgumentException("a task source has a kind of at most 20 and a reference of at most 60 characters");
        }
        if (!link.startsWith("/") || link.startsWith("//") || link.length() > 200) {
            throw new IllegalArgumentException("a task source links into this site: " + link);
        }
    }
}
