package org.shegong.care;

/** A priority group with its visit interval at normal risk; children's groups are sensitive. */
public record Group(String code, String nameZh, String nameEn, int visitDays, boolean sensitive, boolean builtin,
        boolean active) {
}
