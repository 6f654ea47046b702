package org.shegong.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.shegong.identity.UnitView;
import org.shegong.region.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Who supervises whom (督办): the social-work department of the enclosing county, else its government, else upward. */
@SpringBootTest
class SupervisorIntegrationTests {

    @Autowired
    UnitManagement units;
    @Autowired
    Inbox inbox;

    @Test
    void aTownshipAndACountyDepartmentAreSupervisedByTheirCountysSocialWorkDepartmentWhichIsSupervisedByTheCity() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        // 凉山州 木里藏族自治县 (513422): no other test creates units there
        UnitView countyGov = units.create(province, "木里县人民政府" + s, UnitKind.GOVERNMENT, "513422000000");
        UnitView township = units.create(province, "乔瓦镇人民政府" + s, UnitKind.TOWNSHIP_OFFICE, "513422100000");
        assertThat(units.supervisorOf(township.id())).map(UnitView::id).contains(countyGov.id());

        UnitView countySocialWork = units.create(province, "中共木里县委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT,
                "513422000000");
        UnitView department = units.create(province, "木里县住房和城乡建设局" + s, UnitKind.FUNCTIONAL_DEPARTMENT,
                "513422000000");
        assertThat(units.supervisorOf(township.id())).map(UnitView::id).contains(countySocialWork.id());
        assertThat(units.supervisorOf(department.id())).map(UnitView::id).contains(countySocialWork.id());
        assertThat(units.supervisorFor(RegionCode.of("513422100201"))).map(UnitView::id).contains(countySocialWork.id());

        UnitView prefecture = units.create(province, "中共凉山州委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "513400000000");
        assertThat(units.supervisorOf(countySocialWork.id())).map(UnitView::id).contains(prefecture.id());
        assertThat(units.supervisorOf(countyGov.id())).map(UnitView::id).contains(prefecture.id());
    }

    @Test
    void aNoticeOnlyPointsIntoThisSite() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inbox.post(1, "demand.overdue", "x", "x", "//evil.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inbox.post(1, "demand.overdue", "x", "x", "https://evil.example/"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
