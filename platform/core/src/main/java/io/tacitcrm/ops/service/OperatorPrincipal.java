package io.tacitcrm.ops.service;

import io.tacitcrm.ops.domain.Operator;
import io.tacitcrm.ops.domain.OperatorId;

/** The operator a request acts for. */
public record OperatorPrincipal(OperatorId id, String email, String name) {

    static OperatorPrincipal of(Operator operator) {
        return new OperatorPrincipal(operator.id(), operator.email(), operator.name());
    }

    /** How the operator is named in audits, the workspace's own included. */
    public String label() {
        return name + " <" + email + ">";
    }
}
