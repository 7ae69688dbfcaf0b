package io.tacitcrm.sales.domain;

import java.util.List;
import java.util.Optional;

/** The stages of the current tenant's sales process, retired ones included. */
public interface SalesStageRepository {

    /** In process order. */
    List<SalesStage> all();

    Optional<SalesStage> find(StageId id);

    void add(SalesStage stage);

    void flush();
}
