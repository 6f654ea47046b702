package org.shegong;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Any signed-in staff member may call this route; what they see is limited by their data scope and,
 * per record, by the owning module (for example one's own unit's inbox, one's own notices).
 */
@RouteDecision
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SignedIn {
}
