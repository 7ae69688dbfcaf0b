package io.tacitcrm.transfer.domain;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Transfers of the current tenant, and the set-based moves that carry them out. */
public interface Transfers {

    /**
     * The caller's transferable customers: owned by them or by someone below their role, matching the criteria, not
     * owned by {@code to}.
     */
    long count(TransferCriteria criteria, UserId caller, Optional<RolePath> callerRole, UserId to, Instant now);

    /** A sample of those customers, newest first. */
    List<Candidate> sample(TransferCriteria criteria, UserId caller, Optional<RolePath> callerRole, UserId to,
            Instant now, int limit);

    /**
     * Locks and moves those customers (re-checking each after its lock, so overlapping transfers never move a customer
     * twice from the same owner), their open deals and planned footprints held by the previous owner, and gives the
     * previous owner a read-only place on the account team for {@code coOwnershipDays}.
     */
    Moved move(TransferId id, TransferPlan plan, UserId caller, Optional<RolePath> callerRole, Instant now);

    /** Writes a dossier for every moved customer. */
    void writeDossiers(TransferId id, Moved moved);

    void add(TransferRecord transfer);

    Optional<TransferRecord> find(TransferId id);

    /** Dossiers of a transfer, by account id after {@code after}. */
    List<Dossier> dossiers(TransferId id, Optional<AccountId> after, int limit);

    /** The latest dossier of a customer, if it was ever transferred. */
    Optional<Dossier> latestDossier(AccountId account);
}
