package org.shegong.volunteer;

import java.util.Comparator;
import java.util.List;

/**
 * Star levels by cumulative confirmed hours (DOMAIN §6, *default* 100/300/600/1000/1500 h after the national
 * 志愿服务记录 practice): reaching a threshold earns its star. Thresholds are configurable per region.
 */
final class StarPolicy {

    static final List<Integer> DEFAULT_HOURS = List.of(100, 300, 600, 1000, 1500);

    private final List<VolunteerProperties.StarThresholds> regional;

    StarPolicy(List<VolunteerProperties.StarThresholds> regional) {
        this.regional = regional.stream()
                .sorted(Comparator.comparingInt((VolunteerProperties.StarThresholds t) -> t.regionPrefix().length()).reversed())
                .toList();
        for (var t : regional) {
            for (int i = 1; i < t.hours().size(); i++) {
                if (t.hours().get(i) <= t.hours().get(i - 1)) {
                    throw new IllegalStateException("shegong.volunteer.stars for " + t.regionPrefix() + " must rise: " + t.hours());
                }
            }
        }
    }

    List<Integer> thresholds(String regionCode) {
        return regional.stream().filter(t -> regionCode.startsWith(t.regionPrefix())).findFirst()
                .map(VolunteerProperties.StarThresholds::hours).orElse(DEFAULT_HOURS);
    }

    /** Stars (0…n) earned by {@code minutes} of confirmed service in the region. */
    int stars(String regionCode, long minutes) {
        int stars = 0;
        for (int hours : thresholds(regionCode)) {
            if (minutes >= hours * 60L) {
                stars++;
            }
        }
        return stars;
    }

    /** Hours still needed for the next star, or -1 at the top. */
    long hoursToNext(String regionCode, long minutes) {
        for (int hours : thresholds(regionCode)) {
            if (minutes < hours * 60L) {
                return (hours * 60L - minutes + 59) / 60;
            }
        }
        return -1;
    }
}
