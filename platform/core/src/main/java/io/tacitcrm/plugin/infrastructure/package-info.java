/** PF4J, Flyway per plugin, and plain JDBC for plugin tables, settings and the tenants' switches. */
package io.tacitcrm.plugin.infrastructure;
