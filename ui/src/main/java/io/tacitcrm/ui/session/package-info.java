/**
 * Signing up, logging in and out in the browser. The signed-in user is kept in the HTTP session as ids only and
 * re-checked on every request by {@link io.tacitcrm.ui.session.SessionPrincipalFilter}, which also binds the tenant.
 */
package io.tacitcrm.ui.session;
