package org.telerad.routing.upsrs.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.core.Application;

/**
 * Marks a root resource that belongs to one JAX-RS application only. WildFly gives every annotation-scanned
 * application (Telerad's {@code /api}) every {@code @Path} class of the WAR; {@link ServedOnlyByGuard} answers 404
 * for a resource so marked in those applications, while the named application (which lists its classes
 * explicitly and does not include the guard) serves it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ServedOnlyBy {

    Class<? extends Application> value();
}
