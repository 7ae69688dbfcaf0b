package io.tacitcrm.tenancy.service;

import io.tacitcrm.common.domain.DomainException;

/** The workspace's plan does not include this module. */
public final class PlanExcludesException extends DomainException {

    public PlanExcludesException(String pluginId) {
        super("plan.plugin", "The workspace's plan does not include the module '" + pluginId + "'.");
    }

    @Override
    public Kind kind() {
        return Kind.LIMIT;
    }
}
