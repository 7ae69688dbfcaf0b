package io.tacitcrm.access.domain;

/** Who may see a record that nothing else shares: only its owner and superiors, everyone read-only, or everyone. */
public enum OrgWideDefault {
    PRIVATE, PUBLIC_READ, PUBLIC_READ_WRITE
}
