package io.tacitcrm.access.infrastructure;

import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.access.domain.RecordShare;
import io.tacitcrm.access.domain.RecordShareRepository;
import io.tacitcrm.common.persistence.InLists;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaRecordShareRepository implements RecordShareRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public List<RecordShare> forRecord(String objectType, UUID recordId) {
        return em()
                .createQuery("select s from RecordShare s where s.objectType = :type and s.recordId = :record order "
                        + "by s.createdAt",
                        RecordShare.class)
                .setParameter("type", objectType).setParameter("record", recordId).getResultList();
    }

    @Override
    public Map<UUID, List<RecordShare>> forRecords(String objectType, Collection<UUID> recordIds) {
        Map<UUID, List<RecordShare>> shares = new HashMap<>();
        InLists.collect(recordIds, slice -> em().createQuery("select s from RecordShare s where s.objectType = :type"
                        + " and s.recordId in :records order by s.createdAt", RecordShare.class)
                        .setParameter("type", objectType).setParameter("records", slice).getResultList())
                .forEach(s -> shares.computeIfAbsent(s.recordId(), r -> new ArrayList<>()).add(s));
        return shares;
    }

    @Override
    public Optional<RecordShare> find(UUID id) {
        return Optional.ofNullable(em().find(RecordShare.class, id));
    }

    @Override
    public void add(RecordShare share) {
        em().persist(share);
        em().flush();
    }

    @Override
    public void remove(RecordShare share) {
        em().remove(share);
    }

    @Override
    public void removeForTeam(UUID team) {
        em().createQuery("delete from RecordShare s where s.granteeType = :team and s.granteeId = :id")
                .setParameter("team", GranteeType.TEAM).setParameter("id", team).executeUpdate();
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
