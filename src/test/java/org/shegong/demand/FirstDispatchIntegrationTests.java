package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Intake and dispatch where the place or the handling unit is not known in full: nothing is misrouted. */
@SpringBootTest
@AutoConfigureMockMvc
class FirstDispatchIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    DemandManagement demands;

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_ACCOUNT = new java.util.concurrent.atomic.AtomicInteger(7401);

    StaffPrincipal mianyang;
    String s;

    @BeforeEach
    void cityAdministrator() {
        s = UUID.randomUUID().toString().substring(0, 6);
        var unit = units.create(StaffFixtures.provinceAdmin(), "绵阳市委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT,
                "510700000000");
        mianyang = StaffFixtures.staff(NEXT_ACCOUNT.getAndIncrement(), "my" + s, unit.id().value(), unit.name(),
                UnitKind.SOCIAL_WORK_DEPARTMENT, "510700000000", Role.CITY_ADMIN);
    }

    private SubmitDemand at(String address) {
        return new SubmitDemand(DemandKind.HELP, TimeLimitClass.ORDINARY, Channel.HOTLINE, "ZF-01", "路灯损坏" + s,
                "13812340002", "李先生", address, null, null, null);
    }

    private String detail(long id) throws Exception {
        return mvc.perform(get("/demands/" + id).with(as(mianyang))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aCallerWhoKnowsOnlyTheCityIsTakenInAtCityLevelAndDispatchedByHand() throws Exception {
        var submitted = demands.submit(at("四川省绵阳市"), mianyang, null);
        assertThat(demands.find(mianyang, submitted.id()).regionCode()).isEqualTo("510700000000");
        assertThat(demands.proposal(mianyang.scope(), submitted.id())).isEmpty();
        String page = detail(submitted.id().value());
        // no proposal: the dispatch form preselects nobody
        assertThat(page).contains("id=\"dispatch-form\"").containsPattern("<option value=\"\" selected=\"selected\">");
        // the province alone is still not a place (a clear message, nothing stored)
        assertThatThrownBy(() -> demands.submit(at("四川省"), mianyang, null)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("demand.location.tooCoarse");
    }

    @Test
    void aProposedUnitThatDoesNotExistIsNamedWithALinkToCreateItAndNothingIsPreselected() throws Exception {
        // 涪城区城厢街道: no duty list and no units there, so the county government is proposed but not registered
        var submitted = demands.submit(at("绵阳市涪城区城厢街道"), mianyang, null);
        var proposal = demands.proposal(mianyang.scope(), submitted.id()).orElseThrow();
        assertThat(proposal.leadUnitId()).isNull();
        String page = detail(submitted.id().value());
        assertThat(page).contains("id=\"missing-unit\"", proposal.leadName() + "”尚未建立", "id=\"create-missing-unit\"")
                .contains("/admin/units?name=").contains("kind=GOVERNMENT").contains("regionCode=510703000000")
                .containsPattern("<option value=\"\" selected=\"selected\">")
                .doesNotContain("value=\"" + proposal.reason() + "\"");
        // the link opens the unit form filled in
        String form = mvc.perform(get("/admin/units").param("name", proposal.leadName()).param("kind", "GOVERNMENT")
                        .param("regionCode", "510703000000").with(as(mianyang)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("value=\"" + proposal.leadName() + "\"", "value=\"510703000000\"");

        var government = units.create(mianyang, proposal.leadName() + s, UnitKind.GOVERNMENT, "510703000000");
        String after = detail(submitted.id().value());
        assertThat(after).doesNotContain("id=\"missing-unit\"")
                .containsPattern("<option value=\"" + government.id() + "\" selected=\"selected\"");
        demands.dispatch(mianyang, submitted.id(), new DemandManagement.Dispatch(government.id().value(), List.of(), "人工派单"));
        assertThat(demands.find(mianyang, submitted.id()).status()).isEqualTo(DemandStatus.DISPATCHED);
    }
}
