/**
 * The plugin's tables, through the tenant-bound connection the host hands out (plain JDBC, tenant named in every
 * query).
 */
package io.tacitcrm.knowledge.store;
