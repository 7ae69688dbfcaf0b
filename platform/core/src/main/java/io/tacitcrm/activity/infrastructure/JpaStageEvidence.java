package io.tacitcrm.activity.infrastructure;

import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.customer.domain.AccountId;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The done footprints on an opportunity with the decision role of the contact each one met. */
@ApplicationScoped
class JpaStageEvidence implements StageEvidence {

    /** A customer's newest loose footprints are enough to offer; a linking never needs hundreds. */
    private static final int MAX_UNLINKED = 200;

    @Inject
    TransactionEntityManagers entityManagers;

    /**
     * Two plain queries rather than an outer join: the tenant filter on a joined entity could turn it into an inner
     * one.
     */
    @Override
    public List<Footprint> doneOn(OpportunityId opportunity) {
        return footprints(entityManagers.tenantData().createQuery("select a.id, a.type, a.contactId from Activity a"
                        + " where a.opportunityId = :opportunity and a.status = :done", Object[].class)
                .setParameter("opportunity", opportunity.value())
                .setParameter("done", ActivityStatus.DONE)
                .getResultList()).values().stream().toList();
    }

    @Override
    public Map<UUID, Footprint> doneUnlinkedOn(AccountId account) {
        return footprints(entityManagers.tenantData().createQuery("select a.id, a.type, a.contactId from Activity a"
                        + " where a.accountId = :account and a.opportunityId is null and a.status = :done"
                        + " order by a.occurredAt desc", Object[].class)
                .setParameter("account", account.value())
                .setParameter("done", ActivityStatus.DONE)
                .setMaxResults(MAX_UNLINKED)
                .getResultList());
    }

    /** Rows of id, type and contact, with the decision role of each contact met (in the rows' order). */
    private Map<UUID, Footprint> footprints(List<Object[]> done) {
        EntityManager em = entityManagers.tenantData();
        List<UUID> contactIds = done.stream().map(row -> (UUID) row[2]).filter(Objects::nonNull).distinct().toList();
        Map<UUID, DecisionRole> roles = new HashMap<>();
        if (!contactIds.isEmpty()) {
            em.createQuery("select c.id, c.decisionRole from Contact c where c.id in :ids", Object[].class)
                    .setParameter("ids", contactIds).getResultList()
                    .forEach(row -> roles.put((UUID) row[0], (DecisionRole) row[1]));
        }
        Map<UUID, Footprint> footprints = new LinkedHashMap<>();
        done.forEach(row -> footprints.put((UUID) row[0], new Footprint((ActivityType) row[1],
                Optional.ofNullable(row[2]).map(roles::get))));
        return footprints;
    }
}
