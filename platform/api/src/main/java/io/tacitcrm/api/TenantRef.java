package io.tacitcrm.api;

import java.util.UUID;

/**
 * The company (tenant) a call is made for. Every plugin call belongs to exactly one tenant; the host has already
 * applied
 * it to every service and to the database connection it hands you.
 *
 * @param id        the tenant's id — the value of {@code tenant_id} in your tables
 * @param workspace the company's workspace name, as it appears in its sign-in address
 */
@Stable(since = "0.1")
public record TenantRef(UUID id, String workspace) {
}
