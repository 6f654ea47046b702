package org.shegong.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.shegong.petition.PetitionId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.petition.PetitionAlertRaised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class PetitionNoticesIntegrationTests {

    @Autowired
    UnitManagement units;
    @Autowired
    Inbox inbox;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aPetitionAlertReachesTheHandlingUnitAndItsSupervisorWithTheCaseNumberOnly() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        // 甘孜州 石渠县 (513332): no other test creates units there
        UnitView bureau = units.create(province, "石渠县信访局" + s, UnitKind.FUNCTIONAL_DEPARTMENT, "513332000000");
        UnitView socialWork = units.create(province, "中共石渠县委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "513332000000");
        var officer = StaffFixtures.staff(300, "xf" + s, bureau.id().value(), bureau.name(), UnitKind.FUNCTIONAL_DEPARTMENT,
                "513332000000", Role.DEPARTMENT_HANDLER);
        var supervisor = StaffFixtures.staff(301, "sg" + s, socialWork.id().value(), socialWork.name(), UnitKind.SOCIAL_WORK_DEPARTMENT,
                "513332000000", Role.COUNTY_ADMIN);

        tx.executeWithoutResult(status -> events.publishEvent(
                new PetitionAlertRaised(new PetitionId(4711), "川信2026-" + s, bureau.id().value(), "NOTICE_LATE", Instant.now())));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(inbox.list(officer, true, 10)).singleElement().satisfies(n -> {
                assertThat(n.subject()).isEqualTo("信访事项 川信2026-" + s + "：未按期书面告知信访人");
                assertThat(n.link()).isEqualTo("/petitions/4711");
            });
            assertThat(inbox.list(supervisor, true, 10)).singleElement()
                    .satisfies(n -> assertThat(n.subject()).startsWith("督办：信访事项 川信2026-" + s));
        });
    }
}
