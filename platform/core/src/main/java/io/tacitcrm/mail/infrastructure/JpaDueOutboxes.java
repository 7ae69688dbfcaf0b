package io.tacitcrm.mail.infrastructure;

import io.tacitcrm.mail.domain.DueOutboxes;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.infrastructure.DueWorkspaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** The global list of waiting outboxes, for active workspaces only (a suspended one's mail waits for it). */
@ApplicationScoped
class JpaDueOutboxes implements DueOutboxes {

    @Inject
    DueWorkspaces due;

    @Override
    public List<TenantId> dueBy(Instant moment) {
        return due.dueBy("mail_due", moment);
    }
}
