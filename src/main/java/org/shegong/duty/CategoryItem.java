package org.shegong.duty;

import java.util.Arrays;
import java.util.List;

/**
 * An item of the catalogue (third level, 事项: 停水, 新房延期交房, 土地租金拖欠), code {@code CJ-05-01} inside its
 * category {@code CJ-05}: the kind of unit that usually handles it, its time-limit class ({@code EMERGENCY},
 * {@code UTILITIES} or {@code ORDINARY}) and the words callers use for it, space-separated (keywords, synonyms,
 * Sichuan dialect), which the intake suggestions start from.
 */
public record CategoryItem(String code, String categoryCode, String nameZh, String nameEn, String unitKind,
        String limitClass, String keywords, boolean active, int sortOrder, int version) {

    /** The field's code: the first two letters. */
    public String fieldCode() {
        return code.substring(0, 2);
    }

    public List<String> keywordList() {
        return keywords.isBlank() ? List.of() : Arrays.asList(keywords.strip().split("\\s+"));
    }
}
