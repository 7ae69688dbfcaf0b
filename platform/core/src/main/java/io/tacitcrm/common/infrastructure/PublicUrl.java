package io.tacitcrm.common.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach the server at ({@code PUBLIC_URL}), for links that leave it: in mail, in a calendar feed.
 */
@ApplicationScoped
public class PublicUrl {

    private final String base;

    @Inject
    public PublicUrl(@ConfigProperty(name = "public.url") String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** For CDI's proxy only. */
    protected PublicUrl() {
        this.base = "/";
    }

    /** The absolute address of a page or resource, given relative to the application's root. */
    public String of(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }
}
