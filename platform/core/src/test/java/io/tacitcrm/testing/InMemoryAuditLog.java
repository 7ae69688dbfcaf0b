package io.tacitcrm.testing;

import io.tacitcrm.audit.domain.AuditEntry;
import io.tacitcrm.audit.domain.AuditLog;
import io.tacitcrm.audit.domain.AuditQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The audit log in a list: what a service recorded, newest last. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    /** The actions recorded, in order, e.g. {@code [POOL_POLICY, POOL_CLAIM]}. */
    public List<String> actions() {
        return entries.stream().map(AuditEntry::action).toList();
    }

    @Override
    public void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> page(AuditQuery query) {
        return entries.stream().sorted(Comparator.comparing(AuditEntry::at).reversed()).limit(query.limit() + 1L)
                .toList();
    }
}
