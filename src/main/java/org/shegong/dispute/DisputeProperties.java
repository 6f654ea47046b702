package org.shegong.dispute;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code shegong.dispute}.
 *
 * @param mediationMonths the normal mediation limit in months (DOMAIN §7, default 1), per region prefix (the longest
 *                        matching prefix wins; a region without one uses 1)
 * @param pdfFont         a TrueType CJK font for agreement documents; unset: the petition documents' font setting,
 *                        then the usual system locations
 */
@ConfigurationProperties("shegong.dispute")
public record DisputeProperties(@Nullable List<MonthLimit> mediationMonths, @Nullable String pdfFont) {

    public static final int DEFAULT_MONTHS = 1;

    public DisputeProperties {
        mediationMonths = mediationMonths == null ? List.of() : List.copyOf(mediationMonths);
    }

    public record MonthLimit(String regionPrefix, int months) {
    }

    /** The month limit for a region code. */
    int monthsFor(String regionCode) {
        return mediationMonths.stream().filter(m -> regionCode.startsWith(m.regionPrefix()))
                .max(java.util.Comparator.comparingInt(m -> m.regionPrefix().length())).map(MonthLimit::months)
                .orElse(DEFAULT_MONTHS);
    }
}
