package io.tacitcrm.sales.service;

import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.sales.domain.ActivityRequirement;
import io.tacitcrm.sales.domain.ActivityType;
import io.tacitcrm.sales.domain.OpportunityField;
import io.tacitcrm.sales.domain.SalesStage;
import io.tacitcrm.sales.domain.StageDefinition;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.sales.domain.StageRequirements;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import io.tacitcrm.tenancy.service.SupportedLocales;
import io.tacitcrm.tenancy.service.TenantProvisioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Gives every new tenant a sales process to start from, in the tenant's language; admins change it later. */
@ApplicationScoped
public class DefaultSalesProcess {

    private record Stage(String english, String chinese, int probability, StageKind kind,
            StageRequirements requirements) {
    }

    private static final List<Stage> STAGES = List.of(
            new Stage("Lead", "线索", 10, StageKind.OPEN, StageRequirements.NONE),
            new Stage("Qualified", "需求确认", 25, StageKind.OPEN,
                    new StageRequirements(Set.of(OpportunityField.PRIMARY_CONTACT), List.of())),
            new Stage("Solution & quote", "方案报价", 50, StageKind.OPEN,
                    new StageRequirements(Set.of(OpportunityField.AMOUNT, OpportunityField.CLOSE_DATE),
                            List.of(new ActivityRequirement(ActivityType.VISIT, 1, Optional.empty())))),
            new Stage("Negotiation", "商务谈判", 75, StageKind.OPEN,
                    new StageRequirements(Set.of(), List.of(new ActivityRequirement(ActivityType.QUOTE, 1,
                            Optional.empty())))), new Stage("Won", "赢单", 100, StageKind.WON,
                    new StageRequirements(Set.of(OpportunityField.AMOUNT, OpportunityField.CLOSE_DATE), List.of())),
            new Stage("Lost", "输单", 0, StageKind.LOST, StageRequirements.NONE));

    private final TransactionEntityManagers entityManagers;

    @Inject
    public DefaultSalesProcess(TransactionEntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    /** For CDI's proxy only. */
    protected DefaultSalesProcess() {
        this(null);
    }

    void install(@Observes TenantProvisioned tenant) {
        boolean chinese = SupportedLocales.isChinese(tenant.locale());
        for (int i = 0; i < STAGES.size(); i++) {
            Stage s = STAGES.get(i);
            em().persist(new SalesStage(Ids.newId(),
                    new StageDefinition(chinese ? s.chinese() : s.english(), s.probability(), s.kind(), "",
                            s.requirements()), i + 1));
        }
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
