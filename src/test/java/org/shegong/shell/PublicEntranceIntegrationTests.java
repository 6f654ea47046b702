package org.shegong.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** The citizens' one entrance and Post/Redirect/Get on the public demand form. */
@SpringBootTest
@AutoConfigureMockMvc
class PublicEntranceIntegrationTests {

    @Autowired
    MockMvc mvc;

    private String text(org.springframework.test.web.servlet.MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theEntranceLeadsToEveryCitizenServiceAndItsTrackingInBothLanguages() throws Exception {
        String zh = text(mvc.perform(get("/public")).andExpect(status().isOk()).andReturn());
        assertThat(zh).contains("市民服务", "我要反映", "网上信访")
                .contains("href=\"/public/demands/new\"", "href=\"/public/track\"", "href=\"/public/petitions/new\"",
                        "href=\"/public/petitions/track\"");
        assertThat(zh.indexOf("/public/demands/new")).isLessThan(zh.indexOf("/public/petitions/new"));
        String en = text(mvc.perform(get("/public").param("lang", "en")).andExpect(status().isOk()).andReturn());
        assertThat(en).contains("Citizen services", "Report a problem", "Submit a petition", "Track progress");
    }

    @Test
    void aSubmissionRedirectsToItsAnswerWhichSurvivesAReloadAndALanguageSwitch() throws Exception {
        MockHttpSession session = new MockHttpSession();
        var posted = mvc.perform(multipart("/public/demands").session(session)
                        .param("kind", "HELP").param("categoryCode", "CJ-03").param("matter", "人行道井盖缺失，夜间危险")
                        .param("phone", "13812346666").param("address", "成都市武侯区玉林街道玉林北路")
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/public/demands/done")).andReturn();
        String code = (String) posted.getFlashMap().get("trackingCode");
        assertThat(code).matches("[A-Z0-9]{10,}");

        String first = text(mvc.perform(get("/public/demands/done").session(session).cookie(posted.getResponse().getCookies()))
                .andExpect(status().isOk()).andReturn());
        assertThat(first).contains(code);
        // reload: the flash attribute is gone, the code is still shown
        assertThat(text(mvc.perform(get("/public/demands/done").session(session).cookie(posted.getResponse().getCookies())).andExpect(status().isOk()).andReturn()))
                .contains(code);
        String en = text(mvc.perform(get("/public/demands/done").session(session).cookie(posted.getResponse().getCookies()).param("lang", "en"))
                .andExpect(status().isOk()).andReturn());
        assertThat(en).contains(code).contains("lang=\"en\"");
        // without a submission in this session there is nothing to show: back to the form, never an error page
        mvc.perform(get("/public/demands/done")).andExpect(redirectedUrl("/public/demands/new"));
        // the form address asked by GET (the language switch after a refused submission) goes back to the form
        mvc.perform(get("/public/demands").param("lang", "en")).andExpect(redirectedUrl("/public/demands/new"));
    }
}
