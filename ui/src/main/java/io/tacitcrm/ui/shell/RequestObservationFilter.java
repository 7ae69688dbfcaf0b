package io.tacitcrm.ui.shell;

import io.tacitcrm.common.logging.LogContext;
import io.tacitcrm.common.rest.EndpointGroupFilter;
import io.tacitcrm.ops.service.RequestMetrics;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request gets an id (the caller's {@code X-Request-Id} when it is a plain token, else a new one), answered
 * in the same header and carried on every log line the request writes (with the workspace's id once it is known);
 * and every request is counted and timed in the metrics, by endpoint group and workspace.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestObservationFilter extends HttpFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Inject
    TenantContext tenant;
    @Inject
    RequestMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = requestId(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        LogContext.put(LogContext.REQUEST, id);
        long start = System.nanoTime();
        boolean thrown = true;
        try {
            chain.doFilter(request, response);
            thrown = false;
        } finally {
            Object matched = request.getAttribute(EndpointGroupFilter.ATTRIBUTE);
            String group = matched instanceof String g ? g : group(request.getRequestURI()
                    .substring(request.getContextPath().length()));
            metrics.record(group, tenant.current(), thrown ? 500 : response.getStatus(),
                    Duration.ofNanos(System.nanoTime() - start));
            LogContext.restore(Map.of()); // the container's thread serves another request next
        }
    }

    /** The caller's id if it is a plain token (a log line must not carry what a client typed), else a new one. */
    static String requestId(String offered) {
        if (offered != null && PLAIN_ID.matcher(offered).matches()) {
            return offered;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong()
                | Long.MIN_VALUE);
    }

    /** The group of a request no API resource matched, by the part of the application it went to. */
    static String group(String path) {
        if (path.startsWith("/api/")) {
            return path.startsWith("/api/ops/") ? "ops/unmatched" : "unmatched";
        }
        if (path.equals("/ops") || path.startsWith("/ops/")) {
            return "ops-console";
        }
        if (path.startsWith("/VAADIN/static/") || path.startsWith("/VAADIN/build/") || path.startsWith("/icons/")
                || path.startsWith("/frontend/") || path.startsWith("/webjars/")) {
            return "static";
        }
        return "ui";
    }
}
