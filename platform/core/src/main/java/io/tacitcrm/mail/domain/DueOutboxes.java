package io.tacitcrm.mail.domain;

import io.tacitcrm.tenancy.domain.TenantId;
import java.time.Instant;
import java.util.List;

/** Across workspaces: which have mail due by a moment (the global list; no content). */
public interface DueOutboxes {

    List<TenantId> dueBy(Instant moment);
}
