package io.tacitcrm.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A stable part of the partner API: it only grows by new default methods, and anything removed goes through
 * {@code @Deprecated(forRemoval = true)} for at least one release first.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface Stable {
    /** The platform version that introduced the element, e.g. {@code "0.1"}. */
    String since();
}
