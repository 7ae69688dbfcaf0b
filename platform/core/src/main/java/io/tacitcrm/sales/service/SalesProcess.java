package io.tacitcrm.sales.service;

import java.util.List;

/**
 * The tenant's process: active stages in order, then retired ones; {@code revision} changes whenever any stage does.
 */
public record SalesProcess(List<StageView> stages, long revision) {

    public SalesProcess {
        stages = List.copyOf(stages);
    }

    public List<StageView> active() {
        return stages.stream().filter(s -> !s.retired()).toList();
    }
}
