/** The knowledge base's use cases, each run for one caller through the {@link io.tacitcrm.api.PluginContext}. */
package io.tacitcrm.knowledge.service;
