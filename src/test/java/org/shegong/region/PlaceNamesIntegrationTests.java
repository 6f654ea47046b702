package org.shegong.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shegong.identity.StaffFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shegong.InvalidInput;
import org.shegong.identity.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** People name places: a collection point's place is typed as a name and listed by name, never as a 12-digit code. */
@SpringBootTest
@AutoConfigureMockMvc
class PlaceNamesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PlaceNames places;

    @Test
    void aNamedPlaceResolvesToItsDivisionAndAnUnknownOrAmbiguousOneIsRefused() {
        assertThat(places.codeOf("regionCode", "成都市武侯区玉林街道")).isEqualTo("510107005000");
        assertThat(places.codeOf("regionCode", "510107005000")).isEqualTo("510107005000");
        assertThat(places.fullName(RegionCode.of("510107005000"))).isEqualTo("成都市武侯区玉林街道");
        assertThatThrownBy(() -> places.codeOf("regionCode", "火星市奥林匹斯山"))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("messageKey", "region.place.unknown");
        assertThatThrownBy(() -> places.codeOf("regionCode", " ")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aCollectionPointIsRegisteredByThePlacesNameAndListedByIt() throws Exception {
        String name = "玉林社区征集点" + UUID.randomUUID().toString().substring(0, 6);
        var county = StaffFixtures.countyAdmin(17_400, 17_400);
        mvc.perform(post("/suggestions/points").with(as(county)).param("name", name).param("place", "玉林北路1号")
                .param("regionCode", "成都市武侯区玉林街道")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select region_code from suggestion_point where name = :n").param("n", name).query(String.class)
                .single()).isEqualTo("510107005000");
        mvc.perform(get("/suggestions/points").with(as(county))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("成都市武侯区玉林街道")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">510107005000<"))));
    }
}
