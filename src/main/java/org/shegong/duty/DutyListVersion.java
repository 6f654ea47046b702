package org.shegong.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.region.RegionCode;

/**
 * One numbered version of a township's duty list. A published version is immutable and in force
 * from {@link #effectiveFrom()} until the next published version takes effect; a draft has no date
 * yet and carries a lock {@link #version()} that every edit must present.
 */
public record DutyListVersion(long id, RegionCode township, int number, boolean published,
        @Nullable LocalDate effectiveFrom, @Nullable Instant publishedAt, @Nullable String publishedBy, int version,
        List<DutyItem> items) {

    public DutyListVersion {
        items = List.copyOf(items);
    }

    public Optional<DutyItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
