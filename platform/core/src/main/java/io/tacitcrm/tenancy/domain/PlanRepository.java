package io.tacitcrm.tenancy.domain;

import java.util.List;
import java.util.Optional;

/** The plans (GLOBAL). */
public interface PlanRepository {

    Optional<Plan> find(String code);

    List<Plan> all();

    void add(Plan plan);

    /** The plan of a workspace. */
    Plan of(TenantId tenant);

    /** Moves a workspace to another plan. */
    void assign(TenantId tenant, String code);
}
