package org.shegong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.petition.PetitionFixtures.*;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shegong.NotPermitted;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;

/** Who may take which step on a petition: state × role × scope × relation, at the edges of each rule. */
class PetitionPermissionsUnitTests {

    static final StaffPrincipal OFFICE = StaffFixtures.staff(1, "officer", BUREAU, "武侯区信访局", UnitKind.GOVERNMENT,
            "510107000000", Role.PETITION_OFFICER);
    static final StaffPrincipal HANDLER_STAFF = StaffFixtures.staff(2, "handler", HANDLER, "武侯区住建局",
            UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000", Role.DEPARTMENT_HANDLER);
    static final StaffPrincipal HEAD_STAFF = StaffFixtures.staff(5, "head", HANDLER, "武侯区住建局",
            UnitKind.FUNCTIONAL_DEPARTMENT, "510107000000", Role.DEPARTMENT_HANDLER);
    static final StaffPrincipal HOTLINE = StaffFixtures.staff(7, "hotline", 70, "武侯区12345", UnitKind.GOVERNMENT,
            "510107000000", Role.HOTLINE_OPERATOR);
    static final StaffPrincipal TOWNSHIP = StaffFixtures.staff(8, "township", 80, "某街道", UnitKind.TOWNSHIP_OFFICE,
            "510107005000", Role.TOWNSHIP_STAFF);
    static final StaffPrincipal TOWNSHIP_OFFICER = StaffFixtures.staff(9, "jdxf", 80, "某街道", UnitKind.TOWNSHIP_OFFICE,
            "510107005000", Role.PETITION_OFFICER);
    static final StaffPrincipal OTHER_COUNTY_ADMIN = StaffFixtures.staff(11, "jj", 90, "锦江区委社会工作部",
            UnitKind.SOCIAL_WORK_DEPARTMENT, "510104000000", Role.COUNTY_ADMIN);
    static final StaffPrincipal ACCUSED_UNIT_ADMIN = StaffFixtures.staff(12, "bjb", ACCUSED, "被检举单位", UnitKind.TOWNSHIP_OFFICE,
            "510107005000", Role.PETITION_OFFICER, Role.COUNTY_ADMIN);

    private static Petition claimOnTrack(Instant at) {
        return transferred(Category.CLAIM, at, at);
    }

    private static Petition unnamedAccusation(Instant at) {
        return Petition.register("XF510107-2", "XFDEF", Channel.LETTER, false, REGION, "某街道干部收受好处费",
                List.of(petitioner("李四", false)), Set.of(), Category.ACCUSATION, OFFICER, "510107000000", at,
                LIMITS.due(Limit.SORT, at, REGION, BUREAU), LIMITS.due(Limit.NOTICE, at, REGION, BUREAU));
    }

    @Test
    void staffWithoutAPetitionRoleSeeNothingInTheirRegionUntilAssigned() {
        Petition p = claimOnTrack(at("2025-06-03"));
        for (StaffPrincipal nobody : List.of(HOTLINE, TOWNSHIP, HANDLER_STAFF)) {
            assertThat(PetitionPermissions.visible(p, nobody)).as(nobody.username()).isFalse();
            assertThat(PetitionPermissions.allowed(p, nobody)).as(nobody.username()).isEmpty();
        }
        // 信访工作条例 §28 aside, assignment in the handling organ is what lets its staff in
        p.assign(2, "handler", HANDLER, OFFICER, at("2025-06-04"));
        assertThat(PetitionPermissions.allowed(p, HANDLER_STAFF)).contains(PetitionStep.VIEW, PetitionStep.ACCEPT,
                PetitionStep.OBJECT, PetitionStep.DECLINE, PetitionStep.ATTACH, PetitionStep.RECUSE)
                .doesNotContain(PetitionStep.CLASSIFY, PetitionStep.TRANSFER, PetitionStep.ASSIGN, PetitionStep.DECIDE);
        assertThat(PetitionPermissions.visible(p, HEAD_STAFF)).isFalse();
    }

    @Test
    void thePetitionOfficeSortsAndAssignsButDoesNotTakeTheHandlingOrgansSteps() {
        Petition p = claimOnTrack(at("2025-06-03"));
        assertThat(PetitionPermissions.allowed(p, OFFICE)).contains(PetitionStep.VIEW, PetitionStep.ASSIGN, PetitionStep.SUPERVISE,
                PetitionStep.MARK_MAJOR).doesNotContain(PetitionStep.ACCEPT, PetitionStep.CLASSIFY, PetitionStep.NAME_ACCUSED);
        assertThatThrownBy(() -> PetitionPermissions.require(p, OFFICE, PetitionStep.ACCEPT)).isInstanceOf(NotPermitted.class)
                .extracting(e -> ((NotPermitted) e).rule()).isEqualTo("petition.rule.handler");
        // an administrator of another county is not this petition's office
        assertThat(PetitionPermissions.visible(p, OTHER_COUNTY_ADMIN)).isFalse();
        // a role that may never register is refused at the role level, even when assigned
        p.assign(2, "handler", HANDLER, OFFICER, at("2025-06-04"));
        assertThatThrownBy(() -> PetitionPermissions.require(p, HANDLER_STAFF, PetitionStep.SUPERVISE))
                .isInstanceOf(NotPermitted.class).extracting(e -> ((NotPermitted) e).rule()).isEqualTo("petition.rule.role");
    }

    @Test
    void theOneWhoAskedForAnExtensionCannotApproveItButAnotherAssignedStaffMemberCan() {
        Petition p = accepted(at("2025-06-03"));
        p.assign(2, "handler", HANDLER, OFFICER, at("2025-06-03"));
        p.assign(5, "head", HANDLER, OFFICER, at("2025-06-03"));
        assertThat(PetitionPermissions.allowed(p, HANDLER_STAFF)).contains(PetitionStep.REQUEST_EXTENSION)
                .doesNotContain(PetitionStep.APPROVE_EXTENSION);
        p.requestExtension(10, "需要检测", HANDLING, at("2025-06-05"));
        // 信访工作条例 §34: 经本机关、单位负责人批准
        assertThat(PetitionPermissions.allowed(p, HANDLER_STAFF)).doesNotContain(PetitionStep.APPROVE_EXTENSION,
                PetitionStep.REQUEST_EXTENSION);
        assertThatThrownBy(() -> PetitionPermissions.require(p, HANDLER_STAFF, PetitionStep.APPROVE_EXTENSION))
                .isInstanceOf(NotPermitted.class).extracting(e -> ((NotPermitted) e).rule())
                .isEqualTo("petition.extension.selfApproval");
        assertThat(PetitionPermissions.allowed(p, HEAD_STAFF)).contains(PetitionStep.APPROVE_EXTENSION);
        PetitionPermissions.require(p, HEAD_STAFF, PetitionStep.APPROVE_EXTENSION);
    }

    @Test
    void anAccusationIsTheRegisteringOfficesAloneUntilTheAccusedAreNamedAndNeverTheAccuseds() {
        Petition p = unnamedAccusation(at("2025-06-03"));
        assertThat(p.accusedNamed()).isFalse();
        // 信访工作条例 §30 ¶3: the township's petition officer covers the matter's region, not the registering organ's
        assertThat(PetitionPermissions.visible(p, OFFICE)).isTrue();
        assertThat(PetitionPermissions.visible(p, TOWNSHIP_OFFICER)).isFalse();
        assertThat(PetitionPermissions.allowed(p, OFFICE)).contains(PetitionStep.NAME_ACCUSED);
        Actor accused = new Actor(8, "township", 80);
        p.nameAccusedPerson(accused.accountId(), accused.username(), OFFICER, at("2025-06-03"));
        assertThat(p.accusedNamed()).isTrue();
        assertThat(PetitionPermissions.visible(p, TOWNSHIP_OFFICER)).isTrue();
        // §46: the accused person never, even with a petition role of their own
        StaffPrincipal accusedOfficer = StaffFixtures.staff(8, "township", 80, "某街道", UnitKind.TOWNSHIP_OFFICE, "510107005000",
                Role.PETITION_OFFICER, Role.COUNTY_ADMIN);
        assertThat(PetitionPermissions.visible(p, accusedOfficer)).isFalse();
        assertThat(PetitionPermissions.allowed(p, accusedOfficer)).isEmpty();
        // and the accused unit never, whatever its roles
        Petition named = registered(Category.ACCUSATION, at("2025-06-03"));
        assertThat(PetitionPermissions.visible(named, ACCUSED_UNIT_ADMIN)).isFalse();
    }

    @Test
    void recusedStaffAndStaffOfAUnitTheCaseLeftSeeNothing() {
        Petition p = claimOnTrack(at("2025-06-03"));
        p.assign(2, "handler", HANDLER, OFFICER, at("2025-06-04"));
        p.object("不属于本机关职权范围", HANDLING, at("2025-06-05"));
        p.agreeObjection("同意退回", OFFICER, at("2025-06-06"), LIMITS.due(Limit.SORT, at("2025-06-06"), REGION, BUREAU));
        // the case left the handling organ: its staff's assignment no longer opens it
        assertThat(PetitionPermissions.visible(p, HANDLER_STAFF)).isFalse();
        StaffPrincipal colleague = StaffFixtures.staff(13, "colleague", BUREAU, "武侯区信访局", UnitKind.GOVERNMENT, "510107000000",
                Role.PETITION_OFFICER);
        assertThat(PetitionPermissions.visible(p, colleague)).isTrue();
        p.declareRecusal("信访人是本人亲属", new Actor(13, "colleague", BUREAU), at("2025-06-06"));
        assertThat(PetitionPermissions.visible(p, colleague)).isFalse();
    }

    @Test
    void aStepNotOnASinglePetitionIsNeverGrantedOnOne() {
        Petition p = claimOnTrack(at("2025-06-03"));
        assertThat(PetitionPermissions.allowed(p, OFFICE)).doesNotContain(PetitionStep.REGISTER, PetitionStep.READ_STATISTICS,
                PetitionStep.RATE, PetitionStep.ISSUE_DOCUMENT, PetitionStep.NOTE_REPEAT);
        assertThat(PetitionStep.RATE.allowsAnyOf(Set.of(Role.PROVINCE_ADMIN))).isFalse();
    }

    @Test
    void everyStepHasItsNameAndItsTimelineWordInChineseAndEnglish() throws java.io.IOException {
        for (String bundle : List.of("i18n/petition.properties", "i18n/petition_en.properties")) {
            java.util.Properties messages = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(getClass().getClassLoader().getResourceAsStream(bundle),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (PetitionStep step : PetitionStep.values()) {
                assertThat(messages).as(bundle).containsKeys("step.PetitionStep." + step.name(), "petition.timeline." + step.name());
            }
        }
    }

    @Test
    void aReviewRequestDatedBeforeTheDecisionIsRefusedAndOnTheDecisionsDayAccepted() {
        Instant decidedAt = at("2025-06-10", "15:00");
        Petition p = decided(decidedAt);
        Due decideBy = LIMITS.due(Limit.REVIEW_DECIDE, decidedAt, REGION, CITY);
        // 信访工作条例 §35: the review is asked for after the written reply
        assertThatThrownBy(() -> p.requestReview(CITY, OFFICER, at("2025-06-09", "12:00"), decideBy))
                .isInstanceOf(org.shegong.InvalidInput.class).extracting(e -> ((org.shegong.InvalidInput) e).messageKey())
                .isEqualTo("petition.review.beforeDecision");
        assertThat(p.status()).isEqualTo(PetitionStatus.DECIDED);
        p.requestReview(CITY, OFFICER, at("2025-06-10", "12:00"), decideBy);
        assertThat(p.status()).isEqualTo(PetitionStatus.UNDER_REVIEW);
        Instant reviewedAt = at("2025-06-20", "09:00");
        p.decideReview(decision(reviewedAt), REVIEWER, reviewedAt, LIMITS.due(Limit.RE_REVIEW_REQUEST, reviewedAt, REGION, CITY));
        // 信访工作条例 §36: and the re-review after the review decision
        assertThatThrownBy(() -> p.requestReReview(PROVINCE, OFFICER, at("2025-06-19"),
                LIMITS.due(Limit.RE_REVIEW_DECIDE, reviewedAt, REGION, PROVINCE)))
                .isInstanceOf(org.shegong.InvalidInput.class).extracting(e -> ((org.shegong.InvalidInput) e).messageKey())
                .isEqualTo("petition.reReview.beforeReview");
        p.requestReReview(PROVINCE, OFFICER, at("2025-06-20"), LIMITS.due(Limit.RE_REVIEW_DECIDE, reviewedAt, REGION, PROVINCE));
        assertThat(p.status()).isEqualTo(PetitionStatus.UNDER_RE_REVIEW);
    }
}
