package io.tacitcrm.audit.domain;

import java.util.List;

/** The tenant's audit entries: appended, read, never changed. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Up to {@code limit + 1} entries matching the query, newest first. */
    List<AuditEntry> page(AuditQuery query);
}
