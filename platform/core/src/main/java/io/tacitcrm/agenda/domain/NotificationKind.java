package io.tacitcrm.agenda.domain;

/** What a reminder is about; each names what its subject id refers to. */
public enum NotificationKind {
    /** A planned footprint of the user falls due today or is overdue (subject: the footprint). */
    FOLLOW_UP,
    /** An open deal of the user has stayed in its stage longer than the company's limit (subject: the deal). */
    DEAL_STALLED,
    /** The evening has come and the user's daily report is not written (subject: the user). */
    REPORT_MISSING,
    /** Someone else made the user the owner of a customer (subject: the customer). */
    HANDED_OVER,
    /** A bulk transfer gave the user customers (subject: the transfer). */
    TRANSFERRED
}
