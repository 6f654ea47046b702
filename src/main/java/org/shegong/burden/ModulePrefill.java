package org.shegong.burden;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.shegong.calendar.Deadline;
import org.shegong.care.CareRegistry;
import org.shegong.demand.DemandQueries;
import org.shegong.region.RegionCode;
import org.shegong.volunteer.VolunteerStatistics;
import org.shegong.workforce.WorkforceFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Figures other modules already hold, offered for pre-filling (一表通) through each module's public API: demands
 * received last month ({@code demand}), registered volunteers and confirmed volunteer hours ({@code volunteer}), registered
 * people of each built-in priority group ({@code care}) and the resident population entered ({@code workforce}).
 * They live here, not in the owning modules, because those modules are already upstream of {@code burden}
 * (through {@code notify}, {@code identity} and {@code insight}); implementing this module's interface there would
 * make a cycle.
 */
@Configuration(proxyBeanMethods = false)
class ModulePrefill {

    @Bean
    PrefillSource demandsLastMonthPrefill(DemandQueries demands, Clock clock) {
        return figure("demand.receivedLastMonth", "burden.prefill.demandsLastMonth", units -> {
            YearMonth last = YearMonth.from(LocalDate.now(clock.withZone(Deadline.ZONE))).minusMonths(1);
            return counts(demands.receivedIn(units, last.atDay(1).atStartOfDay(Deadline.ZONE).toInstant(),
                    last.plusMonths(1).atDay(1).atStartOfDay(Deadline.ZONE).toInstant()));
        });
    }

    @Bean
    PrefillSource volunteersPrefill(VolunteerStatistics volunteers) {
        return figure("volunteer.registered", "burden.prefill.volunteers", units -> counts(volunteers.registeredIn(units)));
    }

    @Bean
    PrefillSource volunteerHoursPrefill(VolunteerStatistics volunteers) {
        return figure("volunteer.hours", "burden.prefill.volunteerHours", units -> {
            Map<RegionCode, BigDecimal> out = new HashMap<>();
            volunteers.confirmedMinutesIn(units).forEach((u, minutes) -> out.put(u,
                    BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)));
            return out;
        });
    }

    // one figure per built-in priority group of {@code care} (V110__care.sql)
    @Bean
    PrefillSource elderlyAlonePrefill(CareRegistry care) {
        return careGroup(care, "ELDERLY_ALONE");
    }

    @Bean
    PrefillSource leftBehindChildPrefill(CareRegistry care) {
        return careGroup(care, "LEFT_BEHIND_CHILD");
    }

    @Bean
    PrefillSource vulnerableChildPrefill(CareRegistry care) {
        return careGroup(care, "VULNERABLE_CHILD");
    }

    @Bean
    PrefillSource disabledPrefill(CareRegistry care) {
        return careGroup(care, "DISABLED");
    }

    @Bean
    PrefillSource lowIncomePrefill(CareRegistry care) {
        return careGroup(care, "LOW_INCOME");
    }

    @Bean
    PrefillSource residentsPrefill(WorkforceFigures workforce) {
        return figure("workforce.residents", "burden.prefill.residents", units -> counts(workforce.residents(units)));
    }

    private static PrefillSource careGroup(CareRegistry care, String group) {
        return figure("care." + group, "burden.prefill.care." + group, units -> counts(care.registeredIn(units, group)));
    }

    private static Map<RegionCode, BigDecimal> counts(Map<RegionCode, Long> in) {
        Map<RegionCode, BigDecimal> out = new HashMap<>();
        in.forEach((u, n) -> out.put(u, BigDecimal.valueOf(n)));
        return out;
    }

    private static PrefillSource figure(String key, String labelKey,
            Function<Collection<RegionCode>, Map<RegionCode, BigDecimal>> values) {
        return new Figure(key, labelKey, values);
    }

    private record Figure(String key, String labelKey, Function<Collection<RegionCode>, Map<RegionCode, BigDecimal>> fn)
            implements PrefillSource {

        @Override
        public Map<RegionCode, BigDecimal> values(Collection<RegionCode> units) {
            return fn.apply(units);
        }
    }
}
