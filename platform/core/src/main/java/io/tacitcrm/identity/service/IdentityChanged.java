package io.tacitcrm.identity.service;

import java.util.UUID;

/**
 * An administrative change to users or roles, raised inside the changing transaction so that the audit feature can
 * record it beside the change (identity does not depend on audit; audit listens).
 */
public record IdentityChanged(String action, String entityType, UUID id, String summary) {
}
