package org.shegong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PublicPetitionIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOnlinePetitionAnswersWithARedirectAndAReloadShowsTheSameCodeWithoutRegisteringAgain() throws Exception {
        long before = count();
        MockHttpSession session = new MockHttpSession();
        var posted = mvc.perform(post("/public/petitions").session(session).param("name", "李大姐").param("phone", "13900005678")
                        .param("residentId", PetitionTestData.residentId()).param("matter", "小区旁工地夜间施工，多次反映未果")
                        .param("regionCode", "510107005000").param("category", "CLAIM").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/public/petitions/done")).andReturn();
        assertThat(count()).isEqualTo(before + 1);
        Object done = posted.getFlashMap().get("petitionDone");
        String first = mvc.perform(get("/public/petitions/done").session(session).cookie(posted.getResponse().getCookies())
                        .flashAttr("petitionDone", done))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String code = first.replaceAll("(?s).*id=\"tracking-code\">([^<]+)<.*", "$1");
        assertThat(code).matches("[0-9A-Z]{6,}");
        // a reload (no flash attribute any more), also in English, shows the same code and registers nothing
        String reload = mvc.perform(get("/public/petitions/done").session(session).cookie(posted.getResponse().getCookies())
                        .param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(reload).contains("id=\"tracking-code\">" + code + "<");
        assertThat(count()).isEqualTo(before + 1);
        // without a submission in this session there is nothing to show: back to the form
        mvc.perform(get("/public/petitions/done")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/public/petitions/new"));
    }

    private long count() {
        return jdbc.sql("select count(*) from petition").query(Long.class).single();
    }
}
