package org.shegong.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitId;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;

class DispatchPolicyUnitTests {

    static final RegionCode YULIN = RegionCode.of("510107005000");
    static final RegionCode YULIN_NORTH = RegionCode.of("510107005001");
    static final LocalDate ON = LocalDate.of(2026, 3, 2);
    static final UnitView OFFICE = new UnitView(UnitId.of(10), "玉林街道办事处", UnitKind.TOWNSHIP_OFFICE, YULIN, true, 0);
    static final UnitView GOVERNMENT = new UnitView(UnitId.of(11), "武侯区人民政府", UnitKind.GOVERNMENT, RegionCode.of("510107000000"), true, 0);
    static final UnitView HOUSING = new UnitView(UnitId.of(20), "武侯区住房和城乡建设局", UnitKind.FUNCTIONAL_DEPARTMENT, RegionCode.of("510107000000"), true, 0);
    static final UnitView ENVIRONMENT = new UnitView(UnitId.of(21), "成都市武侯生态环境局", UnitKind.FUNCTIONAL_DEPARTMENT, RegionCode.of("510107000000"), true, 0);
    static final Map<Long, UnitView> UNITS = Map.of(10L, OFFICE, 11L, GOVERNMENT, 20L, HOUSING, 21L, ENVIRONMENT);

    static final DutyListVersion LIST = new DutyListVersion(1, YULIN, 2, true, LocalDate.of(2026, 1, 1), null, "admin", 0, List.of(
            new DutyItem("B-012", "辖区邻里纠纷排查调处", DutyItemType.BASIC, List.of("ZA-03"), null),
            new DutyItem("P-003", "配合开展物业服务监督", DutyItemType.ASSISTING, List.of("ZF-01"), 20L),
            new DutyItem("S-001", "噪声污染执法", DutyItemType.WITHDRAWN, List.of("HJ-01"), 21L)));

    private static DispatchPolicy.Situation situation(String category, DutyListVersion list, RegionCode village,
            List<VillageWorkItem> villageItems, UnitView office) {
        return new DispatchPolicy.Situation(YULIN, "玉林街道", village, village == null ? null : "玉林北路社区居委会", category, "分类",
                ON, list, villageItems, office, "武侯区", GOVERNMENT, id -> Optional.ofNullable(UNITS.get(id)));
    }

    private static DispatchProposal propose(String category) {
        return DispatchPolicy.propose(situation(category, LIST, null, List.of(), OFFICE));
    }

    private static VillageWorkItem villageItem(String code, VillageWorkType type, String category) {
        return new VillageWorkItem(1, YULIN_NORTH, code, "事项" + code, type, List.of(category), LocalDate.of(2025, 1, 1), null);
    }

    @Test
    void aBasicItemGoesToTheTownshipOfficeWithTheListVersionAndItemInTheReason() {
        DispatchProposal p = propose("ZA-03");
        assertThat(p.leadUnitId()).isEqualTo(10L);
        assertThat(p.coHandlerUnitId()).isNull();
        assertThat(p.manualDispatch()).isFalse();
        assertThat(p.itemType()).isEqualTo(DutyItemType.BASIC);
        assertThat(p.reason()).isEqualTo(
                "依据玉林街道履行职责事项清单（第2版，2026-01-01起施行）第B-012项「辖区邻里纠纷排查调处」：基本履职事项，由玉林街道办事处承办");
        assertThat(p.reasonEn()).contains("version 2", "B-012", "basic duty");
    }

    @Test
    void aBasicItemNamesTheTownshipOfficeEvenWhenNoSuchUnitIsRegistered() {
        DispatchProposal p = DispatchPolicy.propose(situation("ZA-03", LIST, null, List.of(), null));
        assertThat(p.leadUnitId()).isNull();
        assertThat(p.leadName()).isEqualTo("玉林街道办事处");
        assertThat(p.manualDispatch()).isFalse();
    }

    @Test
    void anAssistingItemGoesToTheLeadDepartmentWithTheTownshipAsCoHandler() {
        DispatchProposal p = propose("ZF-01");
        assertThat(p.leadUnitId()).isEqualTo(20L);
        assertThat(p.leadName()).isEqualTo("武侯区住房和城乡建设局");
        assertThat(p.coHandlerUnitId()).isEqualTo(10L);
        assertThat(p.reason()).contains("配合履职事项", "由武侯区住房和城乡建设局牵头办理", "玉林街道办事处配合");
    }

    @Test
    void aWithdrawnItemGoesToTheCountyDepartmentWithoutTheTownship() {
        DispatchProposal p = propose("HJ-01");
        assertThat(p.leadUnitId()).isEqualTo(21L);
        assertThat(p.coHandlerUnitId()).isNull();
        assertThat(p.itemType()).isEqualTo(DutyItemType.WITHDRAWN);
        assertThat(p.reason()).contains("上级部门收回事项", "成都市武侯生态环境局承办");
    }

    @Test
    void aCategoryOnNoItemFallsBackToTheCountyGovernmentForManualDispatch() {
        DispatchProposal p = propose("JY-01");
        assertThat(p.leadUnitId()).isEqualTo(11L);
        assertThat(p.manualDispatch()).isTrue();
        assertThat(p.itemCode()).isNull();
        assertThat(p.listNumber()).isEqualTo(2);
        assertThat(p.reason()).contains("无覆盖分类JY-01", "武侯区人民政府统筹", "人工派单");
    }

    @Test
    void noListInForceAlsoFallsBackToTheCountyGovernment() {
        DispatchProposal p = DispatchPolicy.propose(situation("ZA-03", null, null, List.of(), OFFICE));
        assertThat(p.manualDispatch()).isTrue();
        assertThat(p.leadUnitId()).isEqualTo(11L);
        assertThat(p.listNumber()).isNull();
        assertThat(p.reason()).contains("无施行中的履行职责事项清单");
    }

    @Test
    void aVillageMayHandleAndLeadOnlyItsOwnLawfulDuty() {
        DispatchProposal p = DispatchPolicy.propose(situation("ZA-03", LIST, YULIN_NORTH,
                List.of(villageItem("V-01", VillageWorkType.LAWFUL_DUTY, "ZA-03")), OFFICE));
        assertThat(p.villageMayHandle()).isTrue();
        assertThat(p.villageMayLead()).isTrue();
        assertThat(p.reason()).contains("依法履职事项");
    }

    @Test
    void aVillageMayOnlyAssistWithLawfulAssistance() {
        DispatchProposal p = DispatchPolicy.propose(situation("ZA-03", LIST, YULIN_NORTH,
                List.of(villageItem("V-02", VillageWorkType.LAWFUL_ASSIST, "ZA-03")), OFFICE));
        assertThat(p.villageMayHandle()).isTrue();
        assertThat(p.villageMayLead()).isFalse();
    }

    @Test
    void aNegativeItemBarsTheVillageEvenWhenAnotherItemAdmitsTheWork() {
        DispatchProposal p = DispatchPolicy.propose(situation("ZA-03", LIST, YULIN_NORTH,
                List.of(villageItem("V-01", VillageWorkType.LAWFUL_DUTY, "ZA-03"), villageItem("N-01", VillageWorkType.NEGATIVE, "ZA-03")),
                OFFICE));
        assertThat(p.villageMayHandle()).isFalse();
        assertThat(p.villageMayLead()).isFalse();
        assertThat(p.reason()).contains("负面清单", "N-01");
        assertThat(p.leadUnitId()).isEqualTo(10L);
    }

    @Test
    void workNotOnTheAdmittedListIsNotGivenToTheVillage() {
        DispatchProposal p = DispatchPolicy.propose(situation("ZA-03", LIST, YULIN_NORTH,
                List.of(villageItem("V-01", VillageWorkType.LAWFUL_DUTY, "CJ-01")), OFFICE));
        assertThat(p.villageMayHandle()).isFalse();
        assertThat(p.reason()).contains("未列入");
    }

    @Test
    void anEndedVillageItemNoLongerAdmitsTheWork() {
        VillageWorkItem ended = new VillageWorkItem(1, YULIN_NORTH, "V-01", "事项", VillageWorkType.LAWFUL_DUTY, List.of("ZA-03"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 1));
        DispatchProposal p = DispatchPolicy.propose(situation("ZA-03", LIST, YULIN_NORTH, List.of(ended), OFFICE));
        assertThat(p.villageMayHandle()).isFalse();
    }

    @Test
    void aTownshipNamedTownHasAPeoplesGovernmentAsOffice() {
        assertThat(DispatchPolicy.officeName("簇桥街道")).isEqualTo("簇桥街道办事处");
        assertThat(DispatchPolicy.officeName("安德镇")).isEqualTo("安德镇人民政府");
    }
}
