package io.tacitcrm.sales.service;

import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.sales.domain.ActivityRequirement;
import io.tacitcrm.sales.domain.ActivityType;
import io.tacitcrm.sales.domain.CloseReason;
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

/**
 * Gives every new tenant a sales process and lists of won and lost reasons to start from, in the tenant's language;
 * admins change them later.
 */
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

    private record Reason(String english, String chinese, StageKind kind) {
    }

    /** The reasons a new company starts with, won then lost, in both languages (V24 gave existing ones the same). */
    private static final List<Reason> REASONS = List.of(
            reason("Price", "价格有优势", StageKind.WON),
            reason("Product fit", "产品契合需求", StageKind.WON),
            reason("Relationship", "客户关系", StageKind.WON),
            reason("Service and support", "服务与支持", StageKind.WON),
            reason("Price", "价格", StageKind.LOST),
            reason("Lost to a competitor", "输给竞争对手", StageKind.LOST),
            reason("No budget", "没有预算", StageKind.LOST),
            reason("No decision", "客户未决策", StageKind.LOST),
            reason("Timing", "时机不对", StageKind.LOST));

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
        int position = 0;
        StageKind kind = null;
        for (Reason r : REASONS) {
            position = r.kind() == kind ? position + 1 : 1;
            kind = r.kind();
            em().persist(new CloseReason(Ids.newId(), r.kind(), chinese ? r.chinese() : r.english(), position));
        }
    }

    private static Reason reason(String english, String chinese, StageKind kind) {
        return new Reason(english, chinese, kind);
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
