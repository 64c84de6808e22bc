package org.baytrack.commons.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope a resource method (or every method of a resource class) needs, as {@code Authorization: Bearer <key>}.
 * Resources without it are reads: open unless {@code baytrack.access.open-reads} is false.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface KeyNeeded {
    Scope value();
}
