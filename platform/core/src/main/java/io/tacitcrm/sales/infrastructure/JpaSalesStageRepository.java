package io.tacitcrm.sales.infrastructure;

import io.tacitcrm.sales.domain.SalesStage;
import io.tacitcrm.sales.domain.SalesStageRepository;
import io.tacitcrm.sales.domain.StageId;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaSalesStageRepository implements SalesStageRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public List<SalesStage> all() {
        return entityManagers.tenantData().createQuery("select s from SalesStage s order by s.position, s.id",
                SalesStage.class)
                .getResultList();
    }

    @Override
    public Optional<SalesStage> find(StageId id) {
        return Optional.ofNullable(entityManagers.tenantData().find(SalesStage.class, id.value()));
    }

    @Override
    public void add(SalesStage stage) {
        entityManagers.tenantData().persist(stage);
    }

    @Override
    public void flush() {
        entityManagers.tenantData().flush();
    }
}
