package io.tacitcrm.customer.service;

import io.tacitcrm.customer.domain.AccountDetails;
import io.tacitcrm.identity.domain.UserId;
import java.util.Optional;

/** New details for an account and, optionally, a new owner in the same tenant. */
public record AccountChange(AccountDetails details, Optional<UserId> owner) {
}
