package io.tacitcrm.activity.infrastructure;

import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.customer.domain.DecisionRole;
import io.tacitcrm.sales.domain.ActivityType;
import io.tacitcrm.sales.domain.Footprint;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.domain.StageEvidence;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The done footprints on an opportunity with the decision role of the contact each one met. */
@ApplicationScoped
class JpaStageEvidence implements StageEvidence {

    @Inject
    TransactionEntityManagers entityManagers;

    /**
     * Two plain queries rather than an outer join: the tenant filter on a joined entity could turn it into an inner
     * one.
     */
    @Override
    public List<Footprint> doneOn(OpportunityId opportunity) {
        EntityManager em = entityManagers.tenantData();
        List<Object[]> done = em.createQuery("select a.type, a.contactId from Activity a"
                        + " where a.opportunityId = :opportunity and a.status = :done", Object[].class)
                .setParameter("opportunity", opportunity.value())
                .setParameter("done", ActivityStatus.DONE)
                .getResultList();
        List<UUID> contactIds = done.stream().map(row -> (UUID) row[1]).filter(Objects::nonNull).distinct().toList();
        Map<UUID, DecisionRole> roles = new HashMap<>();
        if (!contactIds.isEmpty()) {
            em.createQuery("select c.id, c.decisionRole from Contact c where c.id in :ids", Object[].class)
                    .setParameter("ids", contactIds).getResultList()
                    .forEach(row -> roles.put((UUID) row[0], (DecisionRole) row[1]));
        }
        return done.stream()
                .map(row -> new Footprint((ActivityType) row[0], Optional.ofNullable(row[1]).map(roles::get)))
                .toList();
    }
}
