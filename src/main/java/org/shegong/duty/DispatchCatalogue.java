package org.shegong.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitView;
import org.shegong.region.Region;
import org.shegong.region.RegionCode;
import org.shegong.region.RegionDirectory;
import org.shegong.region.RegionLevel;
import org.shegong.region.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatch catalogue (派单目录): proposes who handles a demand of a category in a township on a
 * day, from the township's duty list in force and the village's admitted work, with the reason.
 */
@Service
public class DispatchCatalogue {

    private final DutyLists lists;
    private final VillageWorkLists villages;
    private final CategoryCatalogue categories;
    private final RegionDirectory regions;
    private final UnitManagement units;

    DispatchCatalogue(DutyLists lists, VillageWorkLists villages, CategoryCatalogue categories, RegionDirectory regions,
            UnitManagement units) {
        this.lists = lists;
        this.villages = villages;
        this.categories = categories;
        this.regions = regions;
        this.units = units;
    }

    /**
     * @param village the village/community where the demand arose, or {@code null} when unknown
     * @throws InvalidInput for an unknown township, a village outside it, or an unknown category
     */
    @Transactional(readOnly = true)
    public DispatchProposal propose(RegionCode township, @Nullable RegionCode village, String categoryCode, LocalDate on) {
        if (township.level() != RegionLevel.TOWNSHIP) {
            throw new InvalidInput("township", "duty.propose.township.invalid", township.value());
        }
        Region townshipRegion = regions.find(township)
                .orElseThrow(() -> new InvalidInput("township", "duty.propose.township.invalid", township.value()));
        String villageName = null;
        if (village != null) {
            if (village.level() != RegionLevel.VILLAGE || !township.contains(village)) {
                throw new InvalidInput("village", "duty.propose.village.invalid", village.value());
            }
            villageName = regions.find(village).map(Region::name)
                    .orElseThrow(() -> new InvalidInput("village", "duty.propose.village.invalid", village.value()));
        }
        Category category = categories.find(categoryCode).filter(c -> !c.isField())
                .orElseThrow(() -> new InvalidInput("category", "duty.item.category.unknown", String.valueOf(categoryCode)));
        RegionCode county = township.ancestorAt(RegionLevel.COUNTY);
        String countyName = regions.find(county).map(Region::name).orElse(county.value());
        List<VillageWorkItem> villageItems = village == null ? List.of() : villages.inForce(village, on);
        return DispatchPolicy.propose(new DispatchPolicy.Situation(township, townshipRegion.name(), village, villageName,
                category.code(), category.nameZh(), on, lists.inForce(township, on).orElse(null), villageItems,
                unitAt(township, UnitKind.TOWNSHIP_OFFICE).orElse(null), countyName,
                unitAt(county, UnitKind.GOVERNMENT).orElse(null), id -> units.byId(UnitId.of(id))));
    }

    /** The active unit of {@code kind} registered exactly at {@code region} (the oldest if several). */
    private Optional<UnitView> unitAt(RegionCode region, UnitKind kind) {
        return units.search(Scope.of(region), region.value(), 500).stream()
                .filter(u -> u.region().equals(region) && u.kind() == kind && u.active())
                .min(java.util.Comparator.comparingLong(u -> u.id().value()));
    }
}
