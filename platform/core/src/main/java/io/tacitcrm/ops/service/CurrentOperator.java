package io.tacitcrm.ops.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The operator of the current request, established by the operators' API filter or the console's session — never in
 * a tenant's request. Every operator service requires it, so nothing of the realm works without it.
 */
@RequestScoped
public class CurrentOperator {

    private OperatorPrincipal operator;

    public void establish(OperatorPrincipal signedIn) {
        if (operator != null && !operator.id().equals(signedIn.id())) {
            throw new IllegalStateException("This request already acts for another operator");
        }
        operator = signedIn;
    }

    public Optional<OperatorPrincipal> get() {
        return Optional.ofNullable(operator);
    }

    public OperatorPrincipal require() {
        return get().orElseThrow(OperatorSignInRequiredException::new);
    }
}
