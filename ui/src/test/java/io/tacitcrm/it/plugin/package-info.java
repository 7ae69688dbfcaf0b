/** The plugin platform and the knowledge base, tested against the packaged server with plugins from its directory. */
package io.tacitcrm.it.plugin;
