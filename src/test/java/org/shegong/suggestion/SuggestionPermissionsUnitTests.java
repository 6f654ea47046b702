package org.shegong.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shegong.NotFound;
import org.shegong.NotPermitted;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;

class SuggestionPermissionsUnitTests {

    final SuggestionPermissions permissions = new SuggestionPermissions();

    static final StaffPrincipal WUHOU_OFFICE = StaffFixtures.staff(1, "wh", 10, "武侯区委社会工作部",
            UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000", Role.COUNTY_ADMIN);
    static final StaffPrincipal PETITION_OFFICER = StaffFixtures.staff(2, "xf", 11, "武侯区信访局", UnitKind.GOVERNMENT,
            "510107000000", Role.PETITION_OFFICER);
    static final StaffPrincipal HOUSING = StaffFixtures.staff(3, "zj", 20, "武侯区住建局", UnitKind.FUNCTIONAL_DEPARTMENT,
            "510107000000", Role.DEPARTMENT_HANDLER);
    static final StaffPrincipal CITY_HOUSING = StaffFixtures.staff(4, "cd", 21, "成都市住建局", UnitKind.FUNCTIONAL_DEPARTMENT,
            "510100000000", Role.DEPARTMENT_HANDLER);
    static final StaffPrincipal JINJIANG_OFFICE = StaffFixtures.staff(5, "jj", 30, "锦江区委社会工作部",
            UnitKind.SOCIAL_WORK_DEPARTMENT, "510104000000", Role.COUNTY_ADMIN);
    static final StaffPrincipal WUHOU_AUDITOR = StaffFixtures.staff(6, "sj", 10, "武侯区委社会工作部",
            UnitKind.SOCIAL_WORK_DEPARTMENT, "510107000000", Role.AUDITOR);

    static Suggestion registered() {
        Suggestion s = new Suggestion("JY261130AAAAAA", Channel.ONLINE, "题", "", "措施", "综合", "510107005000", "张**",
                Instant.EPOCH);
        s.id = new SuggestionId(1);
        return s;
    }

    @Test
    void theOfficeOfTheRegionAcceptsScreensAndTransfersAndOnlyTheOrganAnswers() {
        Suggestion s = registered();
        assertThat(permissions.allowed(WUHOU_OFFICE, s)).containsExactlyInAnyOrder(SuggestionStep.ACCEPT, SuggestionStep.SCREEN);
        assertThat(permissions.allowed(PETITION_OFFICER, s)).containsExactlyInAnyOrder(SuggestionStep.ACCEPT, SuggestionStep.SCREEN);
        s.accept();
        assertThat(permissions.allowed(WUHOU_OFFICE, s)).containsExactlyInAnyOrder(SuggestionStep.SCREEN, SuggestionStep.TRANSFER);
        s.transfer(21, "成都市住建局");
        // an organ above the region sees what was transferred to it, and answers it
        assertThat(permissions.allowed(CITY_HOUSING, s)).containsExactly(SuggestionStep.ANSWER);
        assertThat(permissions.allowed(WUHOU_OFFICE, s)).containsExactly(SuggestionStep.TRANSFER);
        assertThatThrownBy(() -> permissions.require(WUHOU_OFFICE, s, SuggestionStep.ANSWER))
                .isInstanceOf(NotPermitted.class).hasMessageContaining("suggestion.rule.organ");
        s.answer("答复", "成都市住建局", Instant.EPOCH);
        assertThat(permissions.allowed(CITY_HOUSING, s)).containsExactly(SuggestionStep.ADOPT);
        assertThat(permissions.allowed(WUHOU_OFFICE, s)).isEmpty();
    }

    @Test
    void aDepartmentSeesOnlyWhatWasTransferredToItAndOutOfScopeIsNotFound() {
        Suggestion s = registered();
        assertThat(permissions.visible(HOUSING, s)).isFalse();
        assertThatThrownBy(() -> permissions.require(HOUSING, s, SuggestionStep.ANSWER)).isInstanceOf(NotFound.class);
        assertThat(permissions.visible(JINJIANG_OFFICE, s)).isFalse();
        assertThatThrownBy(() -> permissions.require(JINJIANG_OFFICE, s, SuggestionStep.ACCEPT)).isInstanceOf(NotFound.class);
        s.accept();
        s.transfer(20, "武侯区住建局");
        assertThat(permissions.visible(HOUSING, s)).isTrue();
        assertThat(permissions.visible(CITY_HOUSING, s)).isFalse();
    }

    @Test
    void anAuditorInScopeSeesButTakesNoStep() {
        Suggestion s = registered();
        assertThat(permissions.visible(WUHOU_AUDITOR, s)).isTrue();
        assertThat(permissions.allowed(WUHOU_AUDITOR, s)).isEmpty();
        assertThatThrownBy(() -> permissions.require(WUHOU_AUDITOR, s, SuggestionStep.ACCEPT))
                .isInstanceOf(NotPermitted.class).hasMessageContaining("suggestion.rule.role");
    }

    @Test
    void aScreenedOutSuggestionTakesNoFurtherStep() {
        Suggestion s = registered();
        s.screen(Screening.LEGAL_CHANNEL, "告知");
        assertThat(permissions.allowed(WUHOU_OFFICE, s)).isEmpty();
        assertThatThrownBy(s::accept).hasMessageContaining("suggestion.state");
    }
}
