package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.AccessLevel;
import io.tacitcrm.access.domain.RecordRef;
import io.tacitcrm.common.domain.AccessDeniedException;

/**
 * What the caller may do with one record they may at least read. Only {@link RecordAccess} hands permits out, and every
 * operation on a record's access (its team, its shares, who can see it) takes one — so an operation that skipped the
 * check does not compile.
 */
public final class Permit {

    private final RecordRef record;
    private final AccessLevel level;
    private final boolean managesSharing;

    Permit(RecordRef record, AccessLevel level, boolean managesSharing) {
        this.record = record;
        this.level = level;
        this.managesSharing = managesSharing;
    }

    public RecordRef record() {
        return record;
    }

    public AccessLevel level() {
        return level;
    }

    /** True when the caller may change (and delete) the record, not only read it. */
    public boolean mayEdit() {
        return level.allowsEdit();
    }

    /** Sharing the record or changing its team needs edit access, or read access and the sharing.manage right. */
    public boolean mayShare() {
        return mayEdit() || managesSharing;
    }

    /** This permit, when it allows editing; forbidden (the caller may read the record) otherwise. */
    public Permit requireEdit() {
        if (!mayEdit()) {
            throw AccessDeniedException.readOnly(record.objectType());
        }
        return this;
    }

    Permit requireSharing() {
        if (!mayShare()) {
            throw AccessDeniedException.readOnly(record.objectType());
        }
        return this;
    }
}
