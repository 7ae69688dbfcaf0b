package io.tacitcrm.access.domain;

/** What a grant allows; EDIT includes READ. */
public enum AccessLevel {
    READ, EDIT;

    public boolean allowsEdit() {
        return this == EDIT;
    }
}
