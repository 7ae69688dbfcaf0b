/**
 * The plugin test kit: {@link io.tacitcrm.testkit.TacitPluginTest} runs your plugin, straight from its compiled
 * classes, in a real Tacit server with an embedded PostgreSQL, and hands each test a fresh company
 * ({@link io.tacitcrm.testkit.Company}) with the plugin switched on. {@link io.tacitcrm.testkit.TacitClient} speaks the
 * server's REST API.
 */
package io.tacitcrm.testkit;
