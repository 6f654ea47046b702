package org.shegong.duty;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item as typed or imported, before it is checked.
 *
 * @param type the type as {@code BASIC/ASSISTING/WITHDRAWN} or 基本/配合/收回
 * @param lead the lead department's unit id or exact name (required for assisting and withdrawn items)
 */
public record DutyItemInput(@Nullable String code, @Nullable String name, @Nullable String type,
        @Nullable List<String> categoryCodes, @Nullable String lead) {
}
