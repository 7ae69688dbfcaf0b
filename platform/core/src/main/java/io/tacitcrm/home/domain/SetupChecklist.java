package io.tacitcrm.home.domain;

/** Reads, from what the workspace holds, which first steps its company has taken. */
public interface SetupChecklist {

    /**
     * The process counts as set once it was saved, users once anyone besides the founder was added, customers once
     * there is one, targets once one is set, modules once any is switched on.
     */
    SetupProgress progress();
}
