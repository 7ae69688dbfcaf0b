package io.tacitcrm.common.rest;

import jakarta.ws.rs.container.ResourceInfo;
import java.util.Optional;

/** What the authentication filters of both APIs (the tenants' and the operators') read of a request the same way. */
public final class Endpoints {

    private static final String SCHEME = "Bearer ";

    private Endpoints() {
    }

    /** Whether the matched method (or its class) is a {@link PublicEndpoint}. */
    public static boolean isPublic(ResourceInfo resource) {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
                || resource.getResourceClass().isAnnotationPresent(PublicEndpoint.class));
    }

    /** The token of an {@code Authorization: Bearer …} header (the scheme in any case). */
    public static Optional<String> bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(SCHEME.length()).strip());
    }
}
