package io.tacitcrm.ops.domain;

import io.tacitcrm.tenancy.domain.TenantId;
import java.util.Map;

/** Deletes a workspace for good, and proves it. */
public interface WorkspaceEraser {

    /** The operators' audit keeps what operators did to a workspace, its id included, after it is gone. */
    String KEPT = "public.operator_audit";

    /**
     * Deletes every row of the workspace from every table that has a {@code tenant_id}, core and modules alike, then
     * its register row, in one transaction.
     *
     * @return the rows deleted
     */
    long erase(TenantId tenant);

    /** Counts what still carries the workspace's id in every table of every schema ({@link #KEPT} aside). */
    ErasureCheck check(TenantId tenant);

    /**
     * @param schemas   the schemas looked in
     * @param tables    the tables counted (every one with a {@code tenant_id}, and the register)
     * @param remaining the tables where rows remain, with their counts (empty when the deletion is complete)
     */
    record ErasureCheck(int schemas, int tables, Map<String, Long> remaining) {

        public boolean complete() {
            return remaining.isEmpty();
        }
    }
}
