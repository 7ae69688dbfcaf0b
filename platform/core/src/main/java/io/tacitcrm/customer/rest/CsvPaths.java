package io.tacitcrm.customer.rest;

/** Paths shared by the customer resources and their CSV exchange. */
final class CsvPaths {

    /**
     * A record's id, but never {@code export} or {@code import}: those belong to the CSV resource on the same path,
     * and a request for them must not fall through to "no such record" when its Accept header does not say CSV.
     */
    static final String RECORD_ID = "{id: (?!export$|import$)[^/]+}";

    private CsvPaths() {
    }
}
