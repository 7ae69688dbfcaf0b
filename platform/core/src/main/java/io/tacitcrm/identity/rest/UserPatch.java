package io.tacitcrm.identity.rest;

/** What a merge patch of a user may change; deactivating ends every session the user had. */
public record UserPatch(String name, String roleId, Boolean active) {
}
