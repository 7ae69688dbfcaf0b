/**
 * The Tacit CRM partner SDK: what a plugin may compile against. It depends on no other Tacit module, and everything in
 * it is marked {@link io.tacitcrm.api.Stable} or {@link io.tacitcrm.api.Beta} so a partner knows what may change.
 */
package io.tacitcrm.api;
