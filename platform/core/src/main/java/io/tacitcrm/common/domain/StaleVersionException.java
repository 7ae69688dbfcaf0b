package io.tacitcrm.common.domain;

/** The caller edited an older version of the record than the one stored; nothing was changed. */
public final class StaleVersionException extends DomainException {

    public StaleVersionException(String entity) {
        super(entity + ".stale", "The " + entity + " was changed by someone else; reload it and try again.");
    }
}
