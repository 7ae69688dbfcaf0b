/**
 * Cross-cutting infrastructure, each concern in one place: the tenant-scoped entity manager (the ORM wall), the
 * row-level-security listener (the database wall), schema migrations at start-up, and health checks.
 */
package io.tacitcrm.common.infrastructure;
