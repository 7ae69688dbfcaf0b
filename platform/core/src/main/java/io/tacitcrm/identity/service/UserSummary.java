package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.UserId;

/** A user as other features see them. */
public record UserSummary(UserId id, String name) {
}
