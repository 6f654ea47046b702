package org.shegong.partybuilding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.shegong.InvalidInput;

/** The rules a party organization's shape must keep, each with its source; checked before anything is stored. */
final class BranchRules {

    // 中国共产党章程 第三十条: 有正式党员三人以上的, 都应当成立党的基层组织
    static final int MIN_FULL_MEMBERS = 3;
    // 中国共产党支部工作条例（试行）第八条: 联合党支部覆盖单位一般不超过5个
    static final int MAX_JOINT_UNITS = 5;
    // 中国共产党支部工作条例（试行）第八条: 党支部党员人数一般不超过50人
    static final int MAX_BRANCH_MEMBERS = 50;
    // 中国共产党支部工作条例（试行）第九条: 党员7人以上的党支部设立支部委员会, 由3至5人组成
    static final int COMMITTEE_FROM = 7;
    static final int COMMITTEE_MIN = 3;
    static final int COMMITTEE_MAX = 5;

    private BranchRules() {
    }

    /** Checks the shape; members' units must be among the organization's units. */
    static void check(PartyOrganizationKind kind, List<OrganizationId> units, List<FormPartyOrganization.Member> members,
            Integer committeeSize) {
        if (units.isEmpty()) {
            throw new InvalidInput("organizationIds", "partybuilding.party.units.required");
        }
        if (new HashSet<>(units).size() != units.size()) {
            throw new InvalidInput("organizationIds", "partybuilding.party.units.repeated");
        }
        if (kind == PartyOrganizationKind.OWN_BRANCH && units.size() != 1) {
            throw new InvalidInput("organizationIds", "partybuilding.party.own.oneUnit");
        }
        if (kind == PartyOrganizationKind.JOINT_BRANCH && units.size() < 2) {
            throw new InvalidInput("organizationIds", "partybuilding.party.joint.twoUnits");
        }
        if (kind == PartyOrganizationKind.JOINT_BRANCH && units.size() > MAX_JOINT_UNITS) {
            throw new InvalidInput("organizationIds", "partybuilding.party.joint.tooManyUnits", units.size(), MAX_JOINT_UNITS);
        }
        Set<String> numbers = new HashSet<>();
        for (FormPartyOrganization.Member m : members) {
            if (m.memberNo() == null || m.memberNo().isBlank() || m.memberNo().strip().length() > 40) {
                throw new InvalidInput("members", "partybuilding.member.no.invalid");
            }
            if (m.name() == null || m.name().isBlank() || m.name().strip().length() > 50) {
                throw new InvalidInput("members", "partybuilding.member.name.invalid", m.memberNo());
            }
            if (m.organizationId() == null || !units.contains(m.organizationId())) {
                throw new InvalidInput("members", "partybuilding.member.unit.notCovered", m.memberNo());
            }
            if (!numbers.add(m.memberNo().strip())) {
                throw new InvalidInput("members", "partybuilding.member.twice", m.memberNo().strip());
            }
        }
        long full = members.stream().filter(m -> !m.probationary()).count();
        if (full < MIN_FULL_MEMBERS) {
            throw new InvalidInput("members", "partybuilding.party.tooFewFullMembers", full, MIN_FULL_MEMBERS);
        }
        if (kind.isBranch() && members.size() > MAX_BRANCH_MEMBERS) {
            throw new InvalidInput("members", "partybuilding.party.tooManyMembers", members.size(), MAX_BRANCH_MEMBERS);
        }
        if (kind.isBranch() && members.size() >= COMMITTEE_FROM
                && (committeeSize == null || committeeSize < COMMITTEE_MIN || committeeSize > COMMITTEE_MAX)) {
            throw new InvalidInput("committeeSize", "partybuilding.party.committee", members.size(), COMMITTEE_MIN,
                    COMMITTEE_MAX);
        }
    }
}
