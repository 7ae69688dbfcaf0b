package io.tacitcrm.access.domain;

/** Why a user may access a record. Every grant has exactly one. */
public enum AccessCause {
    /** The user owns the record. */
    OWNER,
    /** The user's role lies above the owner's role. */
    HIERARCHY,
    /** The org-wide default opens the record to everyone. */
    DEFAULT,
    /** Someone shared the record by hand. */
    MANUAL,
    /** The user is on the record's team. */
    TEAM,
    /** A sharing rule matched the record. */
    RULE
}
