package io.tacitcrm.sales.domain;

import java.util.List;
import java.util.Optional;

/** Opportunities of the current tenant. */
public interface OpportunityRepository {

    Optional<Opportunity> find(OpportunityId id);

    /** Up to {@code limit + 1} opportunities the query's viewer may read. */
    List<Opportunity> page(OpportunityQuery query);

    void add(Opportunity opportunity);

    void remove(Opportunity opportunity);

    void record(StageChange change);

    /** The opportunity's stage moves, oldest first. */
    List<StageChange> history(OpportunityId id);

    void flush();

    /** Which of these opportunities the viewer may read: one query for a whole page of footprints. */
    /** How many of these opportunities (of the current tenant, whoever may see them) are in stages of each kind. */
    java.util.Map<io.tacitcrm.sales.domain.StageKind, Long> countByStageKind(java.util.Collection<OpportunityId> ids);

    /** Those of these opportunities the viewer may read, in one query. */
    List<Opportunity> readable(java.util.Collection<OpportunityId> ids, io.tacitcrm.access.domain.Viewer viewer);

    java.util.Set<OpportunityId> readableAmong(java.util.Collection<OpportunityId> ids, io.tacitcrm.access.domain.Viewer viewer);
}
