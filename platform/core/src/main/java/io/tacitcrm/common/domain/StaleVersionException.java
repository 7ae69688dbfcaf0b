package io.tacitcrm.common.domain;

import jakarta.persistence.OptimisticLockException;

/** The caller edited an older version of the record than the one stored; nothing was changed. */
public final class StaleVersionException extends DomainException {

    public StaleVersionException(String entity) {
        super(entity + ".stale", "The " + entity + " was changed by someone else; reload it and try again.");
    }

    /**
     * Runs a flush now, so a concurrent edit surfaces as a stale version of {@code entity} here rather than as an error
     * at commit.
     */
    public static void onConflict(Runnable flush, String entity) {
        try {
            flush.run();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(entity);
        }
    }

    @Override
    public Kind kind() {
        return Kind.STALE;
    }
}
