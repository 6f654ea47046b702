package org.shegong.petition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Registering a petition: channel, whether a group visit, the petitioners, the matter as given, the organs
 * complained about (unit ids; for a 检举控告 the accused units), the region and the category; for a 申诉求决 matter optionally
 * its §31 route; for a 检举控告 the accused staff (account ids, picked by name within the registering person's scope), so
 * that the case never reaches them (信访工作条例 §30 ¶3, §46).
 */
public record RegisterPetition(@Nullable Channel channel, @Nullable Boolean groupVisit, @Nullable List<PetitionerInput> petitioners,
        @Nullable String matter, @Nullable List<Long> organs, @Nullable String regionCode, @Nullable Category category,
        @Nullable Integer route, @Nullable List<Long> accusedPersons) {

    /** One petitioner; phone and resident id are optional but sealed when given. */
    public record PetitionerInput(@Nullable String name, @Nullable String phone, @Nullable String residentId,
            @Nullable Boolean representative) {

        public boolean isRepresentative() {
            return Boolean.TRUE.equals(representative);
        }
    }

    public boolean isGroupVisit() {
        return Boolean.TRUE.equals(groupVisit);
    }
}
