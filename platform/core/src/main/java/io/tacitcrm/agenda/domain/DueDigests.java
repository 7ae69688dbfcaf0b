package io.tacitcrm.agenda.domain;

import io.tacitcrm.tenancy.domain.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The global list of workspaces with a morning digest due, so that the worker visits only those. */
public interface DueDigests {

    /** Active workspaces whose next digest is due by {@code moment}. */
    List<TenantId> dueBy(Instant moment);

    /** Sets the request's workspace's next digest moment, or takes it off the list. */
    void schedule(Optional<Instant> next);
}
