package org.shegong.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.ToDo;
import org.shegong.demand.Channel;
import org.shegong.demand.DemandKind;
import org.shegong.demand.DemandManagement;
import org.shegong.demand.SubmitDemand;
import org.shegong.demand.TimeLimitClass;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The home page: one to-do list across modules, the administrators' first-day checklist. */
@SpringBootTest
@AutoConfigureMockMvc
class HomeIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    DemandManagement demands;
    @Autowired
    HomeController home;

    private String page(StaffPrincipal me, String lang) throws Exception {
        return mvc.perform(get("/").param("lang", lang).with(as(me))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aTownshipSeesTheWorkOrderToAcceptWithItsDeadlineAndALinkAndTheHotlineNoLongerSeesItToDispatch() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        var hotline = units.create(province, "成都市12345热线" + s, UnitKind.GOVERNMENT, "510100000000");
        var office = units.create(province, "玉林街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        StaffPrincipal operator = StaffFixtures.staff(7301, "op" + s, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT,
                "510100000000", Role.HOTLINE_OPERATOR);
        StaffPrincipal township = StaffFixtures.staff(7302, "yl" + s, office.id().value(), office.name(), UnitKind.TOWNSHIP_OFFICE,
                "510107005000", Role.TOWNSHIP_STAFF);
        assertThat(page(township, "zh_CN")).contains("今日待办").doesNotContain("待签收工单");

        var submitted = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, TimeLimitClass.ORDINARY, Channel.HOTLINE,
                "ZF-01", "小区门口占道经营" + s, "13812340001", "王女士", "成都市武侯区玉林街道", null, null, null), operator, null);
        List<ToDo> before = home.toDos(operator);
        assertThat(before).anySatisfy(t -> {
            assertThat(t.titleKey()).isEqualTo("demand.todo.dispatch");
            assertThat(t.link()).isEqualTo("/demands/workbench");
        });
        long waiting = before.stream().filter(t -> t.titleKey().equals("demand.todo.dispatch")).findFirst().orElseThrow().count();

        demands.dispatch(operator, submitted.id(), new DemandManagement.Dispatch(office.id().value(), List.of(), "职责清单第1项"));
        var order = demands.find(township, submitted.id()).orders().get(0);
        String zh = page(township, "zh_CN");
        assertThat(zh).contains("待签收工单 1 件", "href=\"/demands/inbox\"", ToDoText.of(order.acceptBy()));
        assertThat(page(township, "en")).contains("Work orders to accept: 1", "Earliest deadline");
        assertThat(home.toDos(operator).stream().filter(t -> t.titleKey().equals("demand.todo.dispatch"))
                .mapToLong(ToDo::count).sum()).isEqualTo(waiting - 1);
        // the township's staff are not administrators: no checklist
        assertThat(zh).doesNotContain("首日检查清单");
    }

    @Test
    void aFreshCountyAdministratorSeesWhatIsMissingAndCreatingAUnitTicksItOff() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        // 绵阳市游仙区 (510704): no other test sets anything up there
        var department = units.create(province, "游仙区委社会工作部" + s, UnitKind.SOCIAL_WORK_DEPARTMENT, "510704000000");
        StaffPrincipal admin = StaffFixtures.staff(7311, "yx" + s, department.id().value(), department.name(),
                UnitKind.SOCIAL_WORK_DEPARTMENT, "510704000000", Role.COUNTY_ADMIN);
        String zh = page(admin, "zh_CN");
        assertThat(zh).contains("首日检查清单", "建立承办单位", "发布乡镇（街道）履行职责事项清单", "官方放假安排")
                .contains("href=\"/admin/units\"", "href=\"/admin/duty\"", "href=\"/admin/calendar?year=")
                // a county administrator cannot issue Open311 keys: the step is not shown
                .doesNotContain("href=\"/admin/open311\"")
                .containsPattern("录入 20\\d\\d 年官方放假安排");
        assertThat(between(zh, "id=\"check-units\"", "</li>")).contains("未完成");
        assertThat(between(zh, "id=\"check-categories\"", "</li>")).contains("已完成");

        units.create(province, "游仙街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510704001000");
        String after = page(admin, "en");
        assertThat(between(after, "id=\"check-units\"", "</li>")).contains("Done");
        assertThat(between(after, "id=\"check-dutyLists\"", "</li>")).contains("Missing");
    }

    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return page.substring(start, page.indexOf(to, start));
    }

    /** The rule of {@link ToDo#deadlineText()}, asked through a to-do. */
    private static final class ToDoText {
        static String of(java.time.Instant at) {
            return new ToDo("x", 1, at, false, "/").deadlineText();
        }
    }
}
