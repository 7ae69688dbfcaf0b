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

    void record(StageChange change);

    /** The opportunity's stage moves, oldest first. */
    List<StageChange> history(OpportunityId id);

    void flush();

    /** Which of these opportunities the viewer may read: one query for a whole page of footprints. */
    /** How many of these opportunities (of the current tenant, whoever may see them) are in stages of each kind. */
    Map<StageKind, Long> countByStageKind(Collection<OpportunityId> ids);

    /** Those of these opportunities the viewer may read, in one query. */
    List<Opportunity> readable(Collection<OpportunityId> ids, Viewer viewer);

    Set<OpportunityId> readableAmong(Collection<OpportunityId> ids, Viewer viewer);
}
