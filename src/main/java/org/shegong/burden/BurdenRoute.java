package org.shegong.burden;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.shegong.RouteDecision;

/** Who may call a route of this module: the {@link BurdenStep}s named (any of them). */
@RouteDecision
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface BurdenRoute {
    BurdenStep[] value();
}
