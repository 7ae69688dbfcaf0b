package io.tacitcrm.api.search;

import io.tacitcrm.api.Beta;
import java.util.Objects;

/**
 * One record found by a {@link SearchProvider}.
 *
 * @param title  what the record is called, one line
 * @param detail a line of context (a category, a snippet), or empty
 * @param link   where choosing it leads: an address inside the application, such as
 *               {@code context.viewPath("article", id)} or one of {@link io.tacitcrm.api.CoreLinks}
 * @since 0.5
 */
@Beta
public record SearchHit(String title, String detail, String link) {

    public SearchHit {
        Objects.requireNonNull(title);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(link);
        if (link.startsWith("/") || link.contains("://")) {
            throw new IllegalArgumentException("a hit links inside the application, relative to its root: " + link);
        }
    }
}
