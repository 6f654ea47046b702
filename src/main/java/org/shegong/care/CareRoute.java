package org.shegong.care;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.shegong.RouteDecision;

/** Who may call a staff route of this module: the {@link CareStep}s named (any of them). */
@RouteDecision
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CareRoute {
    CareStep[] value();
}
