/**
 * Calling plugins safely and giving them the host: contexts with visibility-respecting readers, the per-tenant
 * switches,
 * domain events relayed after commit, and the dispatch of plugin APIs.
 */
package io.tacitcrm.plugin.service;
