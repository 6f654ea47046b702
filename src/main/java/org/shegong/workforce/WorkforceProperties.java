package org.shegong.workforce;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code shegong.workforce}.
 *
 * @param trainingHoursPerYear the continuing-education hours a credentialed social worker owes each calendar year
 *                             where no region sets its own (national default 90)
 * @param trainingHours        hours per region prefix (a city {@code 5104}, a county {@code 510421}); the longest
 *                             matching prefix wins
 */
@ConfigurationProperties("shegong.workforce")
public record WorkforceProperties(@Nullable BigDecimal trainingHoursPerYear, @Nullable List<TrainingHours> trainingHours) {

    public WorkforceProperties {
        trainingHoursPerYear = trainingHoursPerYear == null ? TrainingPolicy.DEFAULT_HOURS : trainingHoursPerYear;
        trainingHours = trainingHours == null ? List.of() : List.copyOf(trainingHours);
    }

    /** Hours owed in the regions whose code starts with {@code regionPrefix}. */
    public record TrainingHours(String regionPrefix, BigDecimal hours) {
    }
}
