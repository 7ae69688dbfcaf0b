package io.tacitcrm.ui.session;

import io.tacitcrm.identity.service.AuthenticationService;
import io.tacitcrm.identity.service.CurrentPrincipal;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * For browser requests: resolves the signed-in user — and with it the tenant — once per request from the HTTP
 * session. A user deactivated or a tenant suspended since login is signed out here, on their next click.
 * The REST API authenticates separately, by bearer token.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionPrincipalFilter extends HttpFilter {

    @Inject
    AuthenticationService authentication;
    @Inject
    CurrentPrincipal principal;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isStaticOrApi(request)) {
            HttpSession session = request.getSession(false);
            SignedInUser.of(session).ifPresent(user -> authentication
                    .resume(user.tenant(), user.user(), user.signedInAt())
                    .ifPresentOrElse(principal::establish, () -> session.removeAttribute(SignedInUser.ATTRIBUTE)));
        }
        chain.doFilter(request, response);
    }

    private static boolean isStaticOrApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/VAADIN/") || path.startsWith("/webjars/")
                || path.equals("/styles.css") || path.startsWith("/favicon") || path.startsWith("/icons/");
    }
}
