package org.shegong.duty;

import org.jspecify.annotations.Nullable;

/**
 * A node of the category catalogue: a field (领域, code {@code CJ}, no parent) or a category inside
 * a field (code {@code CJ-01}). Codes are stable; names may change.
 */
public record Category(String code, @Nullable String parentCode, String nameZh, String nameEn, boolean active,
        int sortOrder, int version) {

    public boolean isField() {
        return parentCode == null;
    }
}
