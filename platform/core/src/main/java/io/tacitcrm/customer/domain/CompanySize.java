package io.tacitcrm.customer.domain;

/** Head-count band of a customer company. */
public enum CompanySize {
    /** 1–9 people. */ MICRO,
    /** 10–49. */ SMALL,
    /** 50–249. */ MEDIUM,
    /** 250–999. */ LARGE,
    /** 1,000 and more. */ ENTERPRISE
}
