package io.tacitcrm.home.service;

import io.tacitcrm.home.domain.SetupChecklist;
import io.tacitcrm.home.domain.SetupProgress;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A new company's first steps, for those who set the company up (who manage its users). */
@ApplicationScoped
@Transactional
public class SetupChecklistService {

    private final SetupChecklist checklist;
    private final CurrentPrincipal caller;

    @Inject
    public SetupChecklistService(SetupChecklist checklist, CurrentPrincipal caller) {
        this.checklist = checklist;
        this.caller = caller;
    }

    /** For CDI's proxy only. */
    protected SetupChecklistService() {
        this(null, null);
    }

    /** Whether the caller is one who sets the company up (and so sees the checklist). */
    public boolean mine() {
        return caller.require().has(Permission.USERS_MANAGE);
    }

    public SetupProgress progress() {
        caller.require().require(Permission.USERS_MANAGE);
        return checklist.progress();
    }
}
