package org.shegong.care;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.shegong.Rows;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names of the priority groups in the reader's language, by code, for pages and exports that list people or
 * figures by group: people read 独居老人, not {@code ELDERLY_ALONE}. Templates ask {@code @careGroupNames.all()} once
 * per page.
 */
@Component("careGroupNames")
public class CareGroupNames {

    private final JdbcClient jdbc;

    CareGroupNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> all() {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name_zh, name_en FROM care_group").query(Rows.of(GroupName.class)).list()
                .forEach(g -> names.put(g.code(), english && g.nameEn() != null && !g.nameEn().isBlank() ? g.nameEn()
                        : g.nameZh()));
        return names;
    }

    private record GroupName(String code, String nameZh, @Nullable String nameEn) {
    }
}
