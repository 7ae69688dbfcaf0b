package io.tacitcrm.access.domain;

/** Who a share is for: one user, everyone holding one role, or a role and every role below it. */
public enum GranteeType {
    USER, ROLE, ROLE_AND_SUBORDINATES
}
