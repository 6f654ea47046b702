package org.shegong.burden;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.shegong.calendar.Deadline;
import org.shegong.duty.VillageWorkLists;
import org.shegong.region.Grid;
import org.shegong.region.Grids;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionLevel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The figures this module can pre-fill from upstream data: households and grids of a village or township from the
 * unified grid layer ({@code region}), and the admitted work items in force ({@code duty}).
 */
@Configuration(proxyBeanMethods = false)
class GridPrefill {

    @Bean
    PrefillSource householdPrefill(Grids grids) {
        return new GridFigure(grids, "region.households", "burden.prefill.households", true);
    }

    @Bean
    PrefillSource gridCountPrefill(Grids grids) {
        return new GridFigure(grids, "region.grids", "burden.prefill.grids", false);
    }

    @Bean
    PrefillSource admittedItemsPrefill(VillageWorkLists lists, Clock clock) {
        return new PrefillSource() {
            @Override
            public String key() {
                return "duty.admittedItems";
            }

            @Override
            public String labelKey() {
                return "burden.prefill.admittedItems";
            }

            @Override
            public Map<RegionCode, BigDecimal> values(Collection<RegionCode> units) {
                LocalDate today = LocalDate.now(clock.withZone(Deadline.ZONE));
                Map<RegionCode, BigDecimal> out = new HashMap<>();
                for (RegionCode u : units) {
                    if (u.level() == RegionLevel.VILLAGE) {
                        out.put(u, BigDecimal.valueOf(lists.inForce(u, today).size()));
                    }
                }
                return out;
            }
        };
    }

    private record GridFigure(Grids grids, String key, String labelKey, boolean households) implements PrefillSource {

        @Override
        public Map<RegionCode, BigDecimal> values(Collection<RegionCode> units) {
            Set<RegionCode> townships = new LinkedHashSet<>();
            units.forEach(u -> townships.add(u.ancestorAt(RegionLevel.TOWNSHIP)));
            Map<RegionCode, BigDecimal> out = new HashMap<>();
            for (RegionCode township : townships) {
                for (Grid g : grids.inTownship(township)) {
                    BigDecimal add = households ? BigDecimal.valueOf(g.householdCount()) : BigDecimal.ONE;
                    for (RegionCode target : new RegionCode[] { g.villageCode(), g.townshipCode() }) {
                        if (units.contains(target)) {
                            out.merge(target, add, BigDecimal::add);
                        }
                    }
                }
            }
            return out;
        }
    }
}
