package io.tacitcrm.sales.domain;

import java.util.List;

/** What a deal lacks for one stage it would enter or move past. */
public record StageShortfall(String stageName, List<UnmetRequirement> unmet) {

    public StageShortfall {
        unmet = List.copyOf(unmet);
    }
}
