package org.shegong.partybuilding;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.partybuilding.FormPartyOrganization.Member;

class BranchRulesUnitTests {

    static List<Member> members(int full, int probationary, List<OrganizationId> units) {
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < full + probationary; i++) {
            out.add(new Member("M" + i, "党员" + i, units.get(i % units.size()), i >= full));
        }
        return out;
    }

    static List<OrganizationId> units(int n) {
        return LongStream.rangeClosed(1, n).mapToObj(OrganizationId::new).toList();
    }

    private static void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo(key);
    }

    @Test
    void anOwnBranchNeedsThreeFullMembersProbationaryOnesDoNotCount() {
        refused(() -> BranchRules.check(PartyOrganizationKind.OWN_BRANCH, units(1), members(2, 3, units(1)), null),
                "partybuilding.party.tooFewFullMembers");
        assertThatCode(() -> BranchRules.check(PartyOrganizationKind.OWN_BRANCH, units(1), members(3, 0, units(1)), null))
                .doesNotThrowAnyException();
    }

    @Test
    void anOwnBranchCoversOneUnit() {
        refused(() -> BranchRules.check(PartyOrganizationKind.OWN_BRANCH, units(2), members(3, 0, units(2)), null),
                "partybuilding.party.own.oneUnit");
    }

    @Test
    void aJointBranchCoversTwoToFiveUnits() {
        assertThatCode(() -> BranchRules.check(PartyOrganizationKind.JOINT_BRANCH, units(5), members(5, 0, units(5)), null))
                .doesNotThrowAnyException();
        refused(() -> BranchRules.check(PartyOrganizationKind.JOINT_BRANCH, units(6), members(6, 0, units(6)), null),
                "partybuilding.party.joint.tooManyUnits");
        refused(() -> BranchRules.check(PartyOrganizationKind.JOINT_BRANCH, units(1), members(3, 0, units(1)), null),
                "partybuilding.party.joint.twoUnits");
    }

    @Test
    void aJointBranchAlsoNeedsThreeFullMembersInAll() {
        refused(() -> BranchRules.check(PartyOrganizationKind.JOINT_BRANCH, units(2), members(2, 0, units(2)), null),
                "partybuilding.party.tooFewFullMembers");
    }

    @Test
    void aBranchHasAtMostFiftyMembersButARegionalOrganizationMayHaveMore() {
        assertThatCode(() -> BranchRules.check(PartyOrganizationKind.OWN_BRANCH, units(1), members(50, 0, units(1)), 5))
                .doesNotThrowAnyException();
        refused(() -> BranchRules.check(PartyOrganizationKind.OWN_BRANCH, units(1), members(50, 1, units(1)), 5),
                "partybuilding.party.tooManyMembers");
        assertThatCode(() -> BranchRules.check(PartyOrganizationKind.REGIONAL, units(8), members(51, 0, units(8)), null))
                .doesNotThrowAnyException();
    }

    @Test
    void sevenMembersElectACommitteeOfThreeToFive() {
        assertThatCode(() -> BranchRules.check(PartyOrganizationKind.OWN_BRANCH, units(1), members(6, 0, units(1)), null))
                .doesNotThrowAnyException();
        refused(() -> BranchRules.check(PartyOrganizationKind.OWN_BRANCH, units(1), members(7, 0, units(1)), null),
                "partybuilding.party.committee");
        refused(() -> BranchRules.check(PartyOrganizationKind.OWN_BRANCH, units(1), members(7, 0, units(1)), 2),
                "partybuilding.party.committee");
        refused(() -> BranchRules.check(PartyOrganizationKind.OWN_BRANCH, units(1), members(7, 0, units(1)), 6),
                "partybuilding.party.committee");
        assertThatCode(() -> BranchRules.check(PartyOrganizationKind.OWN_BRANCH, units(1), members(7, 0, units(1)), 3))
                .doesNotThrowAnyException();
        assertThatCode(() -> BranchRules.check(PartyOrganizationKind.OWN_BRANCH, units(1), members(7, 0, units(1)), 5))
                .doesNotThrowAnyException();
    }

    @Test
    void aMemberListedTwiceOrFromAUnitNotCoveredIsRefused() {
        List<Member> twice = new ArrayList<>(members(3, 0, units(1)));
        twice.add(new Member("M0", "重复", new OrganizationId(1), false));
        refused(() -> BranchRules.check(PartyOrganizationKind.OWN_BRANCH, units(1), twice, null), "partybuilding.member.twice");
        List<Member> stranger = new ArrayList<>(members(3, 0, units(1)));
        stranger.add(new Member("X9", "外单位", new OrganizationId(9), false));
        refused(() -> BranchRules.check(PartyOrganizationKind.OWN_BRANCH, units(1), stranger, null),
                "partybuilding.member.unit.notCovered");
    }
}
