package org.shegong.suggestion.web;

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
        m.setBasenames("i18n/suggestion");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void readsStoredValuesAndFixedWordsInThePagesLanguageAndKeepsWhatAPersonTyped() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(notes.words("RECEIVE", "LETTER")).isEqualTo("Letter");
        assertThat(notes.words("RECEIVE", "LETTER · 座谈会上提出")).isEqualTo("Letter · 座谈会上提出");
        assertThat(notes.words("GROUP", "与 JY20261201ABCD 归为一组")).isEqualTo("grouped with JY20261201ABCD");
        assertThat(notes.words("ACCEPT", "随组 JY20261201ABCD")).isEqualTo("with its group (JY20261201ABCD)");
        assertThat(notes.words("ANSWER", "已答复，感谢建议")).isEqualTo("已答复，感谢建议");
        assertThat(notes.words("ANSWER", null)).isNull();

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(notes.words("RECEIVE", "LETTER")).isEqualTo("来信");
        assertThat(notes.words("GROUP", "与 JY20261201ABCD 归为一组")).isEqualTo("与 JY20261201ABCD 归为一组");
    }
}
