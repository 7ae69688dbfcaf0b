package io.tacitcrm.ui.shell;

import io.tacitcrm.ops.service.Admission;
import io.tacitcrm.ops.service.AdmissionLimit.Turn;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Admits the workspaces' API requests by {@link Admission}: at capacity a request is answered 503 with Retry-After
 * before any work, instead of queueing until its caller times out. The operators' API is not held back: it is how
 * an overloaded service is looked into.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class AdmissionFilter extends HttpFilter {

    static final String CODE = "server.busy";

    @Inject
    Admission admission;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/ops/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Turn> admitted = admission.enter();
        if (admitted.isEmpty()) {
            long seconds = admission.retryAfter();
            response.setHeader("Retry-After", Long.toString(seconds));
            ServletProblems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
                    CODE, "The server is at capacity and did not start this request; try again in " + seconds
                            + " s.");
            return;
        }
        try (Turn turn = admitted.get()) {
            chain.doFilter(request, response);
        }
    }
}
