/**
 * Plugin screens inside the application: the host route {@code /x/<plugin>/<view>}, plugin tabs on record pages and
 * the panel shown in place of a plugin part that failed. Plugin components are built on a worker thread with a time
 * limit (see {@link io.tacitcrm.plugin.service.PluginCalls}).
 */
package io.tacitcrm.ui.plugin;
