package org.shegong;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an annotation that decides who may call a route. Every handler method of the platform
 * carries exactly one such annotation (on the method, or on its controller class): {@link Anyone},
 * {@link SignedIn}, or a module's own route annotation whose {@code value()} names one or more of
 * the module's {@link Step}s. A route without one is refused ({@code identity.RouteDecisions}: deny by default).
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RouteDecision {
}
