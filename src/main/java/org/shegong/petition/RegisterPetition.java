package org.shegong.petition;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;

/**
 * Registering a petition: channel, whether a group visit, the petitioners, the matter as given, the organs
 * complained about (unit ids; for a 检举控告 the accused units), the region and the category; for a 申诉求决 matter optionally
 * its §31 route; for a 检举控告 the accused staff (account ids, picked by name within the registering person's scope), so
 * that the case never reaches them (信访工作条例 §30 ¶3, §46). A letter, fax, call or walk-in entered later gives the day it was
 * actually received ({@code receivedOn}; today when absent), from which its limits count (§22); a day older than the
 * allowed backdating needs a supervisor's confirmation ({@code receiptConfirmed}, see {@link ReceiptDate}).
 */
public record RegisterPetition(@Nullable Channel channel, @Nullable Boolean groupVisit, @Nullable List<PetitionerInput> petitioners,
        @Nullable String matter, @Nullable List<Long> organs, @Nullable String regionCode, @Nullable Category category,
        @Nullable Integer route, @Nullable List<Long> accusedPersons, @Nullable LocalDate receivedOn,
        @Nullable Boolean receiptConfirmed) {

    /** Received today, as entered (the form and API without a receipt date). */
    public RegisterPetition(@Nullable Channel channel, @Nullable Boolean groupVisit, @Nullable List<PetitionerInput> petitioners,
            @Nullable String matter, @Nullable List<Long> organs, @Nullable String regionCode, @Nullable Category category,
            @Nullable Integer route, @Nullable List<Long> accusedPersons) {
        this(channel, groupVisit, petitioners, matter, organs, regionCode, category, route, accusedPersons, null, null);
    }

    /** A list sent with a null in it (e.g. {@code petitioners:[null]}) is refused here, not deep inside registration. */
    public RegisterPetition {
        if (petitioners != null && petitioners.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInput("petitioners", "petition.petitioners.nullEntry");
        }
        if (organs != null && organs.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInput("organs", "petition.organs.nullEntry");
        }
    }

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
