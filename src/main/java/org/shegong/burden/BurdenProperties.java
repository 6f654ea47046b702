package org.shegong.burden;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code shegong.burden}.
 *
 * @param leadWorkingDays     working days an application must precede the work's start (*default* 30, DOMAIN §5)
 * @param decisionWorkingDays working days the county body has to decide (*default* 15, DOMAIN §5)
 * @param photoMaxBytes       largest plaque photo accepted
 * @param photoTypes          photo content types accepted
 * @param standardPlaques     plaques a village office may hang on each side before the excess is flagged
 */
@ConfigurationProperties("shegong.burden")
public record BurdenProperties(@DefaultValue("30") int leadWorkingDays, @DefaultValue("15") int decisionWorkingDays,
        @DefaultValue("2097152") int photoMaxBytes, @DefaultValue({ "image/jpeg", "image/png" }) List<String> photoTypes,
        @DefaultValue("4") int standardPlaques) {

    public BurdenProperties {
        if (leadWorkingDays < 0 || leadWorkingDays > 250 || decisionWorkingDays < 1 || decisionWorkingDays > 250) {
            throw new IllegalArgumentException("shegong.burden working days must be 0–250 (lead) and 1–250 (decision)");
        }
        if (photoMaxBytes < 1024 || photoTypes.isEmpty() || standardPlaques < 1) {
            throw new IllegalArgumentException("shegong.burden photo limits and standard plaques must be positive");
        }
        photoTypes = List.copyOf(photoTypes);
    }
}
