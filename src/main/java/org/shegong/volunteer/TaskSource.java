package org.shegong.volunteer;

/**
 * Where a volunteer task came from when it is not a demand: a kind chosen by the module that made it (e.g.
 * {@code care-need}) and that module's reference (its record id). Carried back on {@link VolunteerTaskCompleted}.
 */
public record TaskSource(String kind, String reference) {

    public TaskSource {
        if (kind.isBlank() || kind.length() > 20 || reference.isBlank() || reference.length() > 60) {
            throw new IllegalArgumentException("a task source has a kind of at most 20 and a reference of at most 60 characters");
        }
    }
}
