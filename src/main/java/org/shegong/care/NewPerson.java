package org.shegong.care;

import org.jspecify.annotations.Nullable;

/**
 * Command: register a person in a priority group, in a grid. The resident id is required (GB 11643, sealed), phone,
 * address and notes are optional and sealed; notes hold health data or a child's circumstances and guardian.
 */
public record NewPerson(@Nullable String name, @Nullable String groupCode, @Nullable Risk risk, @Nullable String residentId,
        @Nullable String phone, @Nullable String address, @Nullable String notes, @Nullable String gridCode) {
}
