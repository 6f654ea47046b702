package org.shegong.demand.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class TimelineNotesUnitTests {

    private final TimelineNotes notes = new TimelineNotes(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("i18n/demand");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void translatesThePlatformsWordsInEnglishAndKeepsWhatAPersonTyped() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(notes.words("CALL_BACK", "已解决；基本满意；路灯已修好")).isEqualTo("resolved; basically satisfied; 路灯已修好");
        assertThat(notes.words("CALL_BACK", "未解决；不满意")).isEqualTo("not resolved; dissatisfied");
        assertThat(notes.words("APPROVE_EXTENSION", "需协调供电公司（新的答复期限：2026-12-18 24:00）"))
                .isEqualTo("需协调供电公司 (new reply deadline: 2026-12-18 24:00)");
        assertThat(notes.words("DISPATCH", "改派（清单建议：玉林街道办事处）：属于住建职责"))
                .isEqualTo("Dispatched against the duty list's proposal (玉林街道办事处): 属于住建职责");
        assertThat(notes.words("SUBMIT", "人民建议 JY20261201ABCD")).isEqualTo("From public suggestion JY20261201ABCD");
        assertThat(notes.words("REPLY", "已维修完毕")).isEqualTo("已维修完毕");

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(notes.words("CALL_BACK", "已解决；满意")).isEqualTo("已解决；满意");
    }
}
