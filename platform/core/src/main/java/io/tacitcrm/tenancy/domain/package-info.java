/**
 * Tenancy: the company (workspace) as a global record, its typed id and slug, and the mapped superclass that makes
 * every
 * tenant-owned entity carry and filter on {@code tenant_id}.
 */
package io.tacitcrm.tenancy.domain;
