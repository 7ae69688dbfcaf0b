package io.tacitcrm.customer.domain;

/** A/B/C classification of a customer's value to the company (A = the top customers). */
public enum ValueTier {
    A, B, C
}
