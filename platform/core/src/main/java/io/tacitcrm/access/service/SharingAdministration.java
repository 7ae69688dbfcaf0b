package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.OrgWideDefault;
import io.tacitcrm.access.domain.SharingDefault;
import io.tacitcrm.access.domain.SharingDefaults;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Org-wide defaults: read by anyone in the workspace, changed by holders of sharing.manage, effective at once. */
@ApplicationScoped
@Transactional
public class SharingAdministration {

    public static final String ACCOUNT = "account";
    public static final String OPPORTUNITY = "opportunity";

    private final SharingDefaults defaults;
    private final CurrentPrincipal caller;

    @Inject
    public SharingAdministration(SharingDefaults defaults, CurrentPrincipal caller) {
        this.defaults = defaults;
        this.caller = caller;
    }

    /** For CDI's proxy only. */
    protected SharingAdministration() {
        this(null, null);
    }

    public Map<String, OrgWideDefault> defaults() {
        caller.require();
        return Map.of(ACCOUNT, defaults.of(ACCOUNT), OPPORTUNITY, defaults.of(OPPORTUNITY));
    }

    public void change(Map<String, OrgWideDefault> changes) {
        caller.require().require(Permission.SHARING_MANAGE);
        changes.forEach((type, access) -> defaults.find(type).ifPresentOrElse(d -> d.change(access),
                () -> defaults.add(new SharingDefault(type, access))));
    }
}
