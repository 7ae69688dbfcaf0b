/**
 * Identity over REST: the bearer-token filter that authenticates every non-public request (and so binds its tenant),
 * sessions (login/logout) and the current user.
 */
package io.tacitcrm.identity.rest;
