package org.shegong.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;

/**
 * The routing rule of the dispatch catalogue (派单目录), free of storage: given the township list in
 * force, the village's admitted work and the units that exist, who should handle a category and why.
 */
final class DispatchPolicy {

    /** Everything the rule looks at; the names are used in the reason only. */
    record Situation(RegionCode township, String townshipName, @Nullable RegionCode village, @Nullable String villageName,
            String categoryCode, String categoryName, LocalDate on, @Nullable DutyListVersion list,
            List<VillageWorkItem> villageItems, @Nullable UnitView townshipOffice, String countyName,
            @Nullable UnitView countyGovernment, LongFunction<Optional<UnitView>> unitById) {
    }

    private DispatchPolicy() {
    }

    static DispatchProposal propose(Situation s) {
        String office = s.townshipOffice() != null ? s.townshipOffice().name() : officeName(s.townshipName());
        Long officeId = s.townshipOffice() == null ? null : s.townshipOffice().id().value();
        VillageAnswer village = village(s);
        DutyItem item = s.list() == null ? null
                : s.list().items().stream().filter(i -> i.covers(s.categoryCode())).findFirst().orElse(null);
        if (item == null) {
            return fallback(s, village);
        }
        DutyListVersion list = s.list();
        String basisZh = "依据%s履行职责事项清单（第%d版，%s起施行）第%s项「%s」".formatted(s.townshipName(), list.number(),
                list.effectiveFrom(), item.code(), item.name());
        String basisEn = "Under the duty list of %s (version %d, in force from %s), item %s \"%s\"".formatted(s.townshipName(),
                list.number(), list.effectiveFrom(), item.code(), item.name());
        return switch (item.type()) {
            // 清单意见: 基本履职事项 are the township's own work, fully its responsibility
            case BASIC -> proposal(s, officeId, office, null, null, village, false, list, item,
                    basisZh + "：基本履职事项，由" + office + "承办" + village.zh,
                    basisEn + ": basic duty, handled by " + office + village.en);
            // 清单意见: 配合履职事项 are led by the named county department; the township assists
            case ASSISTING -> {
                String dept = departmentName(s, item);
                yield proposal(s, item.leadUnitId(), dept, officeId, office, village, false, list, item,
                        basisZh + "：配合履职事项，由" + dept + "牵头办理，" + office + "配合" + village.zh,
                        basisEn + ": assisting duty, led by " + dept + " with " + office + " as co-handler" + village.en);
            }
            // 清单意见: 上级部门收回事项 belong to the department that took them back, not to the township
            case WITHDRAWN -> {
                String dept = departmentName(s, item);
                yield proposal(s, item.leadUnitId(), dept, null, null, village, false, list, item,
                        basisZh + "：上级部门收回事项，由" + dept + "承办" + village.zh,
                        basisEn + ": withdrawn by a higher department, handled by " + dept + village.en);
            }
        };
    }

    // 接诉即办条例 §12: region known but unit unclear → the county government coordinates;
    // 国办函〔2025〕66号: functional departments' work is not pushed down to the township by default
    private static DispatchProposal fallback(Situation s, VillageAnswer village) {
        String gov = s.countyGovernment() != null ? s.countyGovernment().name() : s.countyName() + "人民政府";
        Long govId = s.countyGovernment() == null ? null : s.countyGovernment().id().value();
        String zh;
        String en;
        if (s.list() == null) {
            zh = "%s在%s无施行中的履行职责事项清单".formatted(s.townshipName(), s.on());
            en = "%s has no duty list in force on %s".formatted(s.townshipName(), s.on());
        } else {
            zh = "%s履行职责事项清单（第%d版，%s起施行）无覆盖分类%s「%s」的事项".formatted(s.townshipName(), s.list().number(),
                    s.list().effectiveFrom(), s.categoryCode(), s.categoryName());
            en = "The duty list of %s (version %d, in force from %s) has no item covering category %s".formatted(
                    s.townshipName(), s.list().number(), s.list().effectiveFrom(), s.categoryCode());
        }
        return proposal(s, govId, gov, null, null, village, true, s.list(), null,
                zh + "：清单之外无事项，不下派乡镇（街道），转" + gov + "统筹，须人工派单" + village.zh,
                en + ": not pushed down to the township; " + gov + " coordinates, manual dispatch required" + village.en);
    }

    private record VillageAnswer(boolean mayHandle, boolean mayLead, String zh, String en) {
    }

    // 居委会组织法 §20 and 接诉即办条例 §17 ¶2: only admitted work goes to a community, and it leads only its own duties
    private static VillageAnswer village(Situation s) {
        if (s.village() == null) {
            return new VillageAnswer(false, false, "", "");
        }
        String name = s.villageName() == null ? s.village().value() : s.villageName();
        List<VillageWorkItem> covering = s.villageItems().stream().filter(i -> i.covers(s.categoryCode()))
                .filter(i -> i.inForceOn(s.on())).toList();
        Optional<VillageWorkItem> negative = covering.stream().filter(i -> i.type() == VillageWorkType.NEGATIVE).findFirst();
        if (negative.isPresent()) {
            return new VillageAnswer(false, false,
                    "；该事项列入%s工作事项负面清单（第%s项「%s」），不得交由村（社区）办理".formatted(name, negative.get().code(), negative.get().name()),
                    "; it is on the negative list of %s (item %s), so it may not be given to the community".formatted(name, negative.get().code()));
        }
        Optional<VillageWorkItem> duty = covering.stream().filter(i -> i.type() == VillageWorkType.LAWFUL_DUTY).findFirst();
        if (duty.isPresent()) {
            return new VillageAnswer(true, true,
                    "；%s工作事项准入清单第%s项「%s」为依法履职事项，可由村（社区）办理".formatted(name, duty.get().code(), duty.get().name()),
                    "; item %s of the admitted work list of %s is a lawful duty, so the community may handle it".formatted(duty.get().code(), name));
        }
        Optional<VillageWorkItem> assist = covering.stream().filter(i -> i.type() == VillageWorkType.LAWFUL_ASSIST).findFirst();
        if (assist.isPresent()) {
            return new VillageAnswer(true, false,
                    "；%s工作事项准入清单第%s项「%s」为依法协助事项，村（社区）只可协助、不作主办".formatted(name, assist.get().code(), assist.get().name()),
                    "; item %s of the admitted work list of %s is lawful assistance, so the community may assist but not lead".formatted(assist.get().code(), name));
        }
        return new VillageAnswer(false, false, "；%s工作事项准入清单未列入该事项，不得交由村（社区）办理".formatted(name),
                "; the work is not on the admitted work list of %s, so it may not be given to the community".formatted(name));
    }

    private static DispatchProposal proposal(Situation s, @Nullable Long leadId, String leadName, @Nullable Long coId,
            @Nullable String coName, VillageAnswer village, boolean manual, @Nullable DutyListVersion list,
            @Nullable DutyItem item, String zh, String en) {
        return new DispatchProposal(s.township(), s.village(), s.categoryCode(), s.on(), leadId, leadName, coId, coName,
                village.mayHandle(), village.mayLead(), manual, list == null ? null : list.number(),
                item == null ? null : item.code(), item == null ? null : item.type(), zh, en);
    }

    private static String departmentName(Situation s, DutyItem item) {
        Long id = item.leadUnitId();
        return id == null ? "" : s.unitById().apply(id).map(UnitView::name).orElse("单位#" + id);
    }

    static String officeName(String townshipName) {
        return townshipName.endsWith("街道") ? townshipName + "办事处" : townshipName + "人民政府";
    }
}
