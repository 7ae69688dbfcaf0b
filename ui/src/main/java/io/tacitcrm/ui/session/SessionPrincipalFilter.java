package io.tacitcrm.ui.session;

import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.persistence.PersistenceFailures;
import io.tacitcrm.identity.service.AuthenticationService;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.ui.shell.ScreenRequests;
import io.tacitcrm.ui.shell.UiErrors;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * For browser requests: resolves the signed-in user — and with it the tenant — once per request from the HTTP
 * session. A user deactivated or a tenant suspended since login is signed out here, on their next click.
 * The REST API authenticates separately, by bearer token. When the database cannot be reached to resume the user,
 * the screen is told why its action failed (rather than a silent 500 that Vaadin's client retries unseen).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionPrincipalFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SessionPrincipalFilter.class.getName());

    @Inject
    AuthenticationService authentication;
    @Inject
    CurrentPrincipal principal;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ScreenRequests.runScreenCode(request)) {
            HttpSession session = request.getSession(false);
            try {
                SignedInUser.of(session).ifPresent(user -> authentication
                        .resume(user.tenant(), user.user(), user.signedInAt())
                        .ifPresentOrElse(principal::establish, () -> session.removeAttribute(SignedInUser.ATTRIBUTE)));
            } catch (RuntimeException e) {
                // no user without the database: the request goes on unauthenticated (it can read and change
                // nothing), and whatever it then fails to do is told as this refusal by the screens' error handler
                DomainException refusal = PersistenceFailures.explain(e).orElseThrow(() -> e);
                LOG.warning(() -> "Screen request without its user, " + refusal.code() + ": " + e.getMessage());
                request.setAttribute(UiErrors.REFUSAL, refusal);
            }
        }
        chain.doFilter(request, response);
    }
}
