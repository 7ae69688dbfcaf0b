package io.tacitcrm.common.domain;

import java.util.function.Supplier;

/**
 * Facts read back from the database are built without the input rules. They were checked when they were written; a
 * rule made stricter since (web addresses lost {@code javascript:} after the first release) must not make a saved
 * customer unreadable, and every list page would otherwise check fifty customers' fields again. An edit checks the
 * whole record as input again, so a value an old rule let through is reported when the record is next changed.
 */
public final class StoredFacts {

    private static final ScopedValue<Boolean> READING = ScopedValue.newInstance();

    private StoredFacts() {
    }

    /** What {@code build} makes — a record of facts from stored columns — with the input rules left out. */
    public static <T> T read(Supplier<T> build) {
        return ScopedValue.where(READING, Boolean.TRUE).call(build::get);
    }

    /** Whether facts under construction are input, to be checked (anything not built by {@link #read}). */
    public static boolean areInput() {
        return !READING.isBound();
    }
}
