package org.shegong;

import java.util.Set;

/**
 * A step a person may take in a module. Each module lists its steps as one enum implementing this
 * interface and decides, in its public API, whether a person may take a step on a record now (state ×
 * role × scope × relation to the record). The enum is the one vocabulary shared by the permission
 * decision, the routes, the templates, the timeline and the events.
 */
public interface Step {

    String name();

    /** The roles that may take this step at all; the module narrows it further by record. Empty: any signed-in staff. */
    Set<Role> roles();

    /** Whether someone holding these roles may take the step at all. */
    default boolean allowsAnyOf(Set<Role> held) {
        return roles().isEmpty() || roles().stream().anyMatch(held::contains);
    }
}
