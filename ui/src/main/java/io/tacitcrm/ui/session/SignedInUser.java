package io.tacitcrm.ui.session;

import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * What the HTTP session remembers of the signed-in user: ids and the moment of sign-in (a deactivation after it ends
 * the session for good), everything else is re-read per request.
 */
public record SignedInUser(TenantId tenant, UserId user, Instant signedInAt) implements Serializable {

    static final String ATTRIBUTE = "tacit.signed-in-user";

    public static Optional<SignedInUser> of(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(ATTRIBUTE)).filter(SignedInUser.class::isInstance)
                        .map(SignedInUser.class::cast);
    }

    void storeIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }
}
