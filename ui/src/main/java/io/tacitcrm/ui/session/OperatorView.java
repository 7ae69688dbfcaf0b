package io.tacitcrm.ui.session;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view of the operators' console: it belongs to the operators' realm, so no workspace user is asked for; the
 * console's own guard asks for a signed-in operator instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OperatorView {
}
