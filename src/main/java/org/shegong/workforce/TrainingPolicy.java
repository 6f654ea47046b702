package org.shegong.workforce;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.shegong.region.RegionCode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Continuing education a credentialed social worker owes each calendar year, by the region the worker serves:
 * *default* 90 hours nationally ({@code shegong.workforce.training-hours-per-year}), a region may set its own
 * ({@code shegong.workforce.training-hours}: region prefix → hours, the longest matching prefix wins). A worker
 * without a credential owes none.
 */
@Component
@EnableConfigurationProperties(WorkforceProperties.class)
class TrainingPolicy {

    // 专业技术人员继续教育规定（人社部令第25号, 2015）§8: 每年累计不少于90学时
    static final BigDecimal DEFAULT_HOURS = new BigDecimal("90");
    static final BigDecimal MAX_HOURS = new BigDecimal("1000");

    private final BigDecimal national;
    private final List<WorkforceProperties.TrainingHours> regional;

    TrainingPolicy(WorkforceProperties properties) {
        this.national = checked(properties.trainingHoursPerYear(), "training-hours-per-year");
        for (WorkforceProperties.TrainingHours h : properties.trainingHours()) {
            if (h.regionPrefix() == null || !h.regionPrefix().matches("\\d{2,12}")) {
                throw new IllegalStateException("shegong.workforce.training-hours: region prefix must be 2-12 digits, got "
                        + h.regionPrefix());
            }
            checked(h.hours(), "training-hours[" + h.regionPrefix() + "]");
        }
        this.regional = properties.trainingHours();
    }

    private static BigDecimal checked(BigDecimal hours, String name) {
        if (hours == null || hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new IllegalStateException("shegong.workforce." + name + " must be 0-" + MAX_HOURS + " hours, got " + hours);
        }
        return hours;
    }

    /** The hours owed this year by a credentialed worker serving {@code region}. */
    BigDecimal required(RegionCode region) {
        String code = region.value();
        return regional.stream().filter(h -> code.startsWith(h.regionPrefix()))
                .max(Comparator.comparingInt(h -> h.regionPrefix().length()))
                .map(WorkforceProperties.TrainingHours::hours).orElse(national);
    }

    boolean behind(Credential credential, RegionCode region, BigDecimal hoursThisYear) {
        return credential != Credential.NONE && hoursThisYear.compareTo(required(region)) < 0;
    }
}
