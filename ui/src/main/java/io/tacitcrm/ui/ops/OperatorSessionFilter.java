package io.tacitcrm.ui.ops;

import io.tacitcrm.ops.service.OperatorSignIn;
import io.tacitcrm.ui.shell.ScreenRequests;
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
 * For the console's browser requests: re-checks the signed-in operator on each one (still active, session no older
 * than an operator token's) and establishes him for the request; an operator deactivated since is signed out here.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class OperatorSessionFilter extends HttpFilter {

    @Inject
    OperatorSignIn signIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ScreenRequests.runScreenCode(request)) {
            HttpSession session = request.getSession(false);
            SignedInOperator.of(session).ifPresent(signedIn -> {
                if (signIn.resume(signedIn.operator(), signedIn.signedInAt()).isEmpty()) {
                    session.removeAttribute(SignedInOperator.ATTRIBUTE);
                }
            });
        }
        chain.doFilter(request, response);
    }
}
