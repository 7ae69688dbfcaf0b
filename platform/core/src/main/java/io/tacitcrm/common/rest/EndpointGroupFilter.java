package io.tacitcrm.common.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Names the endpoint group a request was matched to — its resource's path template ({@code accounts},
 * {@code x/{plugin}}, {@code ops/tenants}) — for the request's metrics. From the code, never from the request, so the
 * label has as many values as there are resources. Runs first, before a filter may refuse the request.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 200)
public class EndpointGroupFilter implements ContainerRequestFilter {

    /** The servlet request attribute that holds the group. */
    public static final String ATTRIBUTE = "io.tacitcrm.endpointGroup";

    /** Each resource class's path template, found once: every request asked for it, with two regular expressions. */
    private static final ClassValue<String> TEMPLATES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> resourceClass) {
            for (Class<?> c = resourceClass; c != null; c = c.getSuperclass()) { // a CDI proxy extends the resource
                Path path = c.getAnnotation(Path.class);
                if (path != null) {
                    return path.value().replaceAll("^/+|/+$", "");
                }
            }
            return "";
        }
    };

    @Context
    ResourceInfo resource;
    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean operators = request.getUriInfo().getBaseUri().getPath().startsWith("/api/ops");
        servletRequest.setAttribute(ATTRIBUTE, group(operators, resource.getResourceClass()));
    }

    static String group(boolean operators, Class<?> resourceClass) {
        String template = resourceClass == null ? "" : TEMPLATES.get(resourceClass);
        if (template.isEmpty()) {
            return operators ? "ops/other" : "other";
        }
        return operators ? "ops/" + template.replaceFirst("^v1/", "") : template;
    }
}
