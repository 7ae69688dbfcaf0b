/** The operators' GLOBAL tables, and the background measuring of each workspace's usage. */
package io.tacitcrm.ops.infrastructure;
