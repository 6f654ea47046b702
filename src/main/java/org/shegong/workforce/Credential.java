package org.shegong.workforce;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shegong.InvalidInput;

/**
 * The national social-work credential a worker holds (社会工作者职业水平评价: 助理社会工作师, 社会工作师, 高级社会工作师),
 * or none.
 */
public enum Credential {
    NONE, ASSISTANT, INTERMEDIATE, SENIOR;

    /** The level typed by a person or a client: its name or its Chinese title; anything else is refused. */
    static Credential parse(@Nullable String typed) {
        String t = typed == null ? "" : typed.strip();
        switch (t) {
            case "助理社会工作师": return ASSISTANT;
            case "社会工作师": return INTERMEDIATE;
            case "高级社会工作师": return SENIOR;
            case "无": return NONE;
            default:
        }
        for (Credential c : values()) {
            if (c.name().equals(t.toUpperCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new InvalidInput("credential", "workforce.credential.unknown", t);
    }
}
