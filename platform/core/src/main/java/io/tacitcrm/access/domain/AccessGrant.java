package io.tacitcrm.access.domain;

/**
 * One reason a user may access a record.
 *
 * @param detail what the cause refers to, for people: the owner's role path for HIERARCHY, the grantee for a share
 */
public record AccessGrant(AccessLevel level, AccessCause cause, String detail) {
}
