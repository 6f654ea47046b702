package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class MergeIntegrationTests {

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    UnitManagement units;
    @Autowired
    DemandManagement demands;
    @Autowired
    MergeManagement merges;
    @Autowired
    ApplicationEvents events;

    StaffPrincipal operator;
    StaffPrincipal yulin;
    UnitView yulinOffice;

    @BeforeEach
    void units() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        UnitView hotline = units.create(province, "成都市12345热线" + s, UnitKind.GOVERNMENT, "510100000000");
        yulinOffice = units.create(province, "玉林街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        operator = StaffFixtures.staff(300, "mg-op" + s, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT, "510100000000",
                Role.HOTLINE_OPERATOR);
        yulin = StaffFixtures.staff(301, "mg-yl" + s, yulinOffice.id().value(), yulinOffice.name(), UnitKind.TOWNSHIP_OFFICE,
                "510107005000", Role.TOWNSHIP_STAFF);
    }

    private DemandManagement.Submitted submit(String category, String village, String matter, String phone, String name) {
        return demands.submit(new SubmitDemand(DemandKind.COMPLAINT, null, Channel.HOTLINE, category, matter, phone, name,
                null, null, null, village), operator, null);
    }

    @Test
    void findsTrueRepeatsOnRealTextsAndLeavesOtherMattersAlone() throws Exception {
        // a village of our own in 玉林街道 so other tests' demands do not interfere: 510107005007
        String v = "510107005007";
        DemandId first = submit("HJ-02", v, "玉林西路32号楼下的串串店油烟直排，熏得三楼以上住户不敢开窗，晚上还有排风扇噪声", "13822220001", "赵女士").id();
        DemandId repeat = submit("HJ-02", v, "玉林西路串串店油烟直接排到居民楼，家里窗户都不敢开", "13822220002", "钱先生").id();
        DemandId repeat2 = submit("HJ-02", v, "再次反映玉林西路32号串串火锅店油烟扰民，一直没人管", "13822220003", "孙女士").id();
        DemandId otherMatter = submit("HJ-02", v, "玉林西路工地夜间渣土车扬尘严重，路面全是泥", "13822220004", "李先生").id();
        DemandId otherCategory = submit("ZF-01", v, "玉林西路32号小区物业费上涨没有公示，业主不认可", "13822220005", "周先生").id();
        DemandId otherVillage = submit("HJ-02", "510107005008", "玉林西路串串店油烟直排熏得不敢开窗", "13822220006", "吴女士").id();
        // as alike in words, but under another building: another shop, so another matter (DifferentMatter)
        DemandId otherBuilding = submit("HJ-02", v, "玉林西路40号楼下的串串店油烟直排，熏得三楼以上住户不敢开窗", "13822220007", "郑先生").id();

        List<Repeat> found = merges.repeatsOf(operator.scope(), first);
        assertThat(found).extracting(Repeat::demandId).contains(repeat, repeat2)
                .doesNotContain(otherMatter, otherCategory, otherVillage, otherBuilding, first);
        assertThat(found).allSatisfy(r -> assertThat(r.similarity()).isBetween(0.4, 1.0));
        // what staff see of a repeat carries no contact of its requester
        assertThat(found.toString()).doesNotContain("钱先生", "13822220002", "孙女士");

        // every demand list shows the count as a badge, loaded per row
        String badge = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/demands/" + first + "/repeats/badge").with(org.shegong.identity.StaffFixtures.as(operator)))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(badge).contains("repeat-badge", "疑似重复 " + found.size());
        String none = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/demands/" + otherCategory + "/repeats/badge").with(org.shegong.identity.StaffFixtures.as(operator)))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(none).doesNotContain("repeat-badge");

        List<Repeat> atIntake = merges.check(operator.scope(), "HJ-02", v, null, null, "玉林西路那家串串店油烟太大了，窗户都开不了");
        assertThat(atIntake).extracting(Repeat::demandId).contains(first, repeat).doesNotContain(otherMatter);
        // the pre-intake check shares the veto: the same words about a shop on another road are another matter
        List<Repeat> sameWords = merges.check(operator.scope(), "HJ-02", v, null, null, "玉林西路楼下的串串店油烟直排，熏得三楼以上住户不敢开窗");
        List<Repeat> otherRoad = merges.check(operator.scope(), "HJ-02", v, null, null, "芳草街楼下的串串店油烟直排，熏得三楼以上住户不敢开窗");
        assertThat(sameWords).extracting(Repeat::demandId).contains(first);
        assertThat(otherRoad).extracting(Repeat::demandId).doesNotContain(first, repeat, repeat2);
    }

    @Test
    void aMergedRepeatFollowsItsParentAndItsRequesterSeesTheReplyButNotTheParentsDetails() {
        String v = "510107005009";
        var parent = submit("HJ-01", v, "玉林东路酒吧每天凌晨两点还在放音乐，噪声扰民严重", "13822220011", "郑女士");
        var child = submit("HJ-01", v, "玉林东路那家酒吧半夜音乐声太大，吵得睡不着", "13822220012", "王先生");
        demands.dispatch(operator, child.id(), new DemandManagement.Dispatch(yulinOffice.id().value(), List.of(), "基本履职事项"));
        demands.dispatch(operator, parent.id(), new DemandManagement.Dispatch(yulinOffice.id().value(), List.of(), "基本履职事项"));

        DemandView merged = merges.merge(operator, child.id(), parent.id());
        assertThat(merged.status()).isEqualTo(DemandStatus.MERGED);
        assertThat(merged.orders()).allSatisfy(o -> assertThat(o.status()).isEqualTo("WITHDRAWN"));
        assertThat(demands.find(Scope.PROVINCE, parent.id()).timeline()).extracting(TimelineEntry::action).contains("MERGE:PARENT");
        assertThat(events.stream(DemandMerged.class)).filteredOn(e -> e.childId().equals(child.id())).singleElement()
                .satisfies(e -> assertThat(e.parentId()).isEqualTo(parent.id()));
        assertThat(merges.repeatsOf(operator.scope(), parent.id())).extracting(Repeat::demandId).doesNotContain(child.id());

        demands.accept(yulin, parent.id());
        demands.reply(yulin, parent.id(), "已责令酒吧晚十一点后停止外放音乐");
        Progress seen = demands.track(child.trackingCode(), "0012").orElseThrow();
        assertThat(seen.trackingCode()).isEqualTo(child.trackingCode());
        assertThat(seen.reply()).isEqualTo("已责令酒吧晚十一点后停止外放音乐");
        assertThat(seen.status()).isEqualTo(DemandStatus.REPLIED);
        assertThat(seen.toString()).doesNotContain(parent.trackingCode(), "郑女士", "凌晨两点", "0011");
    }

    @Test
    void mergingIntoItselfAcrossCategoriesOrAfterTheReplyIsRefusedAndChangesNothing() {
        String v = "510107005006";
        var a = submit("HJ-01", v, "广场舞噪声", "13822220021", "甲");
        var b = submit("ZF-01", v, "物业不作为", "13822220022", "乙");
        assertThatThrownBy(() -> merges.merge(operator, a.id(), a.id())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("merge.self");
        assertThatThrownBy(() -> merges.merge(operator, a.id(), b.id())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("merge.category.differs");
        var c = submit("HJ-01", v, "广场舞音响太吵", "13822220023", "丙");
        demands.dispatch(operator, c.id(), new DemandManagement.Dispatch(yulinOffice.id().value(), List.of(), "基本履职事项"));
        demands.accept(yulin, c.id());
        demands.reply(yulin, c.id(), "已协调广场舞队降低音量");
        assertThatThrownBy(() -> merges.merge(operator, c.id(), a.id())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("merge.child.notOpen");
        assertThat(demands.find(Scope.PROVINCE, a.id()).status()).isEqualTo(DemandStatus.RECEIVED);
        assertThat(demands.find(Scope.PROVINCE, c.id()).status()).isEqualTo(DemandStatus.REPLIED);
    }
}
