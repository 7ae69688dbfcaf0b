/**
 * The plugin host (DESIGN §5): loads PF4J plugins from the operators' directory, checks their API version, runs their
 * migrations into a schema of their own and refuses tables without the tenant wall, lets each tenant switch plugins
 * on and off, and calls plugins only through {@link io.tacitcrm.plugin.service.PluginCalls} — with a time limit, on a
 * worker thread, so a plugin that throws or hangs never breaks the page, request or transaction around it.
 */
package io.tacitcrm.plugin;
