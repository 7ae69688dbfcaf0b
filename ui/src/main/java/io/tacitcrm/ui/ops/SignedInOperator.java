package io.tacitcrm.ui.ops;

import io.tacitcrm.ops.domain.OperatorId;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** What the HTTP session remembers of the signed-in operator; a workspace user's sign-in is kept apart. */
record SignedInOperator(OperatorId operator, Instant signedInAt) implements Serializable {

    static final String ATTRIBUTE = "tacit.signed-in-operator";

    static Optional<SignedInOperator> of(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(ATTRIBUTE)).filter(SignedInOperator.class::isInstance)
                        .map(SignedInOperator.class::cast);
    }

    void storeIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }
}
