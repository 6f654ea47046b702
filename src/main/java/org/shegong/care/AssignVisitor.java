package org.shegong.care;

import org.jspecify.annotations.Nullable;

/**
 * Command: who visits and at what risk. A grid worker or social worker is a staff account ({@code username}); a
 * volunteer is recorded by name and, where known, volunteer number.
 */
public record AssignVisitor(@Nullable VisitorKind kind, @Nullable String username, @Nullable String name,
        @Nullable String number, @Nullable Risk risk) {
}
