package io.tacitcrm.sales.domain;

/**
 * The kinds of footprint a rep leaves; stage requirements are stated in them, so they belong to the sales vocabulary.
 */
public enum ActivityType {
    CALL, VISIT, MEETING, EMAIL, DEMO, QUOTE, NOTE, TASK
}
