package io.tacitcrm.sales.domain;

import io.tacitcrm.access.domain.Viewer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Opportunities of the current tenant. */
public interface OpportunityRepository {

    Optional<Opportunity> find(OpportunityId id);

    /** Up to {@code limit + 1} opportunities the query's viewer may read. */
    List<Opportunity> page(OpportunityQuery query);

    void add(Opportunity opportunity);

    void remove(Opportunity opportunity);

    /**
     * Locks the deal's customer before a change to the deal that changes the customer's lifetime value (a move into or
     * out of a won stage, a won deal's amount, currency or deletion). The database's trigger then updates the
     * customer's row (V44); taken only there, after the deal's, the two locks would be taken in the opposite order
     * to a bulk transfer's (customers first, then their deals), and the two could deadlock.
     */
    void lockCustomerOf(Opportunity opportunity);

    void record(StageChange change);

    /** The opportunity's stage moves, oldest first. */
    List<StageChange> history(OpportunityId id);

    void flush();

    /** How many of these opportunities (of the current tenant, whoever may see them) are in stages of each kind. */
    Map<StageKind, Long> countByStageKind(Collection<OpportunityId> ids);

    /** Those of these opportunities the viewer may read, in one query. */
    List<Opportunity> readable(Collection<OpportunityId> ids, Viewer viewer);

    Set<OpportunityId> readableAmong(Collection<OpportunityId> ids, Viewer viewer);
}
