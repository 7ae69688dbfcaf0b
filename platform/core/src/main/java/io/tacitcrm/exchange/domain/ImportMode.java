package io.tacitcrm.exchange.domain;

/** What to do with a file in which some rows are invalid. */
public enum ImportMode {
    /** Import nothing unless every row is valid (the default). */
    ALL_OR_NOTHING,
    /** Import the valid rows and report the others — chosen knowingly by the user. */
    VALID_ROWS
}
