package org.shegong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shegong.Role;
import org.shegong.duty.CategoryCatalogue;
import org.shegong.identity.StaffFixtures;
import org.shegong.identity.StaffPrincipal;
import org.shegong.identity.UnitKind;
import org.shegong.identity.UnitManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The demand pages show names where people expect names: no 12-digit code, raw enum name or message key in the text. */
@SpringBootTest
@AutoConfigureMockMvc
class DemandPageNamesIntegrationTests {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\b(demand|step|shell|identity|region)\\.[A-Za-z]+\\.[A-Za-z_.]+");
    private static final List<String> ENUM_NAMES = Stream.of(DemandStatus.values(), DemandKind.values(), DemandStep.values(),
                    TimeLimitClass.values(), Channel.values(), WorkOrder.Status.values(), WorkOrder.Role.values())
            .flatMap(Stream::of).map(Enum::name).distinct().toList();

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;
    @Autowired
    DemandManagement demands;
    @Autowired
    CategoryCatalogue categories;

    /** What a reader sees: the text of the page, without markup, styles or scripts. */
    private String text(StaffPrincipal me, String path, String lang) throws Exception {
        String html = mvc.perform(get(path).param("lang", lang).with(as(me))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?s)<[^>]+>", " ")
                .replace("&nbsp;", " ").replaceAll("\\s+", " ");
    }

    private static void assertNames(String path, String text) {
        assertThat(TWELVE_DIGITS.matcher(text).results().map(r -> r.group()).toList()).as(path + " codes").isEmpty();
        assertThat(MESSAGE_KEY.matcher(text).results().map(r -> r.group()).toList()).as(path + " keys").isEmpty();
        assertThat(ENUM_NAMES.stream().filter(n -> Pattern.compile("\\b" + n + "\\b").matcher(text).find()).toList())
                .as(path + " enum names").isEmpty();
    }

    @Test
    void aDispatchedAndAcceptedDemandReadsInNamesInChineseAndEnglish() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        var province = StaffFixtures.provinceAdmin();
        var hotline = units.create(province, "成都市12345热线" + s, UnitKind.GOVERNMENT, "510100000000");
        var office = units.create(province, "玉林街道办事处" + s, UnitKind.TOWNSHIP_OFFICE, "510107005000");
        StaffPrincipal operator = StaffFixtures.staff(7501, "op" + s, hotline.id().value(), hotline.name(), UnitKind.GOVERNMENT,
                "510100000000", Role.HOTLINE_OPERATOR);
        StaffPrincipal township = StaffFixtures.staff(7502, "yl" + s, office.id().value(), office.name(), UnitKind.TOWNSHIP_OFFICE,
                "510107005000", Role.TOWNSHIP_STAFF);
        var submitted = demands.submit(new SubmitDemand(DemandKind.COMPLAINT, TimeLimitClass.ORDINARY, Channel.HOTLINE,
                "ZF-01", "楼道堆放杂物" + s, "13812340003", "赵女士", "成都市武侯区玉林街道", null, null, null), operator, null);
        demands.dispatch(operator, submitted.id(), new DemandManagement.Dispatch(office.id().value(), List.of(), "职责清单"));
        demands.accept(township, submitted.id());

        var category = categories.find("ZF-01").orElseThrow();
        String detail = text(operator, "/demands/" + submitted.id(), "zh_CN");
        assertNames("detail zh", detail);
        assertThat(detail).contains(category.nameZh(), "四川省 成都市 武侯区 玉林街道", office.name(), "派单", "签收");
        String english = text(township, "/demands/" + submitted.id(), "en");
        assertNames("detail en", english);
        assertThat(english).contains(category.nameEn());
        for (var page : List.of("/demands/inbox")) {
            assertNames(page, text(township, page, "zh_CN"));
        }
        assertThat(text(township, "/demands/inbox", "zh_CN")).contains(category.nameZh());
        assertNames("/demands/workbench", text(operator, "/demands/workbench", "zh_CN"));
    }
}
