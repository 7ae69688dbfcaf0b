package io.tacitcrm.sales.domain;

import java.util.List;

/** Checks beyond a stage's own requirements — the modules' gates — before a deal enters another stage. */
public interface StageGates {

    /** What the deal still lacks for {@code target}, each worded in the caller's language; empty when nothing. */
    List<String> unmet(OpportunityId opportunity, StageId target);
}
