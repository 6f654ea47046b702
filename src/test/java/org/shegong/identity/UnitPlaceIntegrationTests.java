package org.shegong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shegong.region.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class UnitPlaceIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitManagement units;

    @Test
    void anAdministratorNamesTheUnitsPlaceInsteadOfTypingItsCode() throws Exception {
        String name = "玉林街道办事处" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/units").with(as(StaffFixtures.provinceAdmin())).param("name", name)
                        .param("kind", "TOWNSHIP_OFFICE").param("regionCode", "成都市武侯区玉林街道"))
                .andExpect(status().isFound());
        assertThat(units.search(Scope.PROVINCE, name, 5)).singleElement()
                .satisfies(u -> assertThat(u.region().value()).isEqualTo("510107005000"));
        // a code is still taken as it is
        mvc.perform(post("/admin/units").with(as(StaffFixtures.provinceAdmin())).param("name", name + "二")
                        .param("kind", "TOWNSHIP_OFFICE").param("regionCode", "510107005000"))
                .andExpect(status().isFound());
    }

    @Test
    void aPlaceNoDivisionIsCalledIsRefusedWithTheNameAndNothingIsCreated() throws Exception {
        String name = "不存在的单位" + UUID.randomUUID().toString().substring(0, 6);
        String page = mvc.perform(post("/admin/units").with(as(StaffFixtures.provinceAdmin())).param("name", name)
                        .param("kind", "TOWNSHIP_OFFICE").param("regionCode", "火星基地"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("找不到地名“火星基地”");
        assertThat(units.search(Scope.PROVINCE, name, 5)).isEmpty();
    }
}
