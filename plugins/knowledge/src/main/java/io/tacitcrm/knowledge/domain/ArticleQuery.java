package io.tacitcrm.knowledge.domain;

import java.util.List;
import java.util.Optional;

/**
 * A page of the article list: search terms (empty lists by last change instead of by rank), filters, and the window.
 */
public record ArticleQuery(List<String> terms, ArticleStatus status, Optional<String> category, Optional<String> tag,
                           int offset, int limit) {

    public static final int LIMIT_MAX = 100;
    public static final int OFFSET_MAX = 10_000;

    public ArticleQuery {
        terms = List.copyOf(terms);
    }
}
