/**
 * Identity services: who is calling (the request's {@link io.tacitcrm.identity.service.Principal}), logging in with
 * throttling, bearer tokens, and creating a new tenant's first administrator and default role tree.
 */
package io.tacitcrm.identity.service;
