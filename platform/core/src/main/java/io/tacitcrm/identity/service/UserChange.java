package io.tacitcrm.identity.service;

import java.util.Optional;

/** What an administrator changes about a user; absent fields stay as they are. */
public record UserChange(Optional<String> name, Optional<String> roleId, Optional<Boolean> active) {
}
