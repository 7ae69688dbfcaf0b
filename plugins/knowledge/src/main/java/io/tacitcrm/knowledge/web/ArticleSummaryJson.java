package io.tacitcrm.knowledge.web;

import io.tacitcrm.knowledge.domain.ArticleHit;
import io.tacitcrm.knowledge.domain.MarkdownRenderer;
import java.time.Instant;
import java.util.List;

/** An article in a list: no body, an excerpt instead; {@code score} ranks search results. */
public record ArticleSummaryJson(String id, String title, String category, List<String> tags, String status,
        int version,
                                 Instant updatedAt, String excerpt, int score) {

    private static final int EXCERPT = 160;

    static ArticleSummaryJson of(ArticleHit hit) {
        var a = hit.article();
        return new ArticleSummaryJson(a.id().toString(), a.title(), a.category(), a.tags(), a.status().name(),
                a.version(), a.updatedAt(), MarkdownRenderer.excerpt(a.body(), EXCERPT), hit.score());
    }

    /** A page of the list; {@code nextCursor} is null on the last page. */
    public record Page(List<ArticleSummaryJson> items, String nextCursor) {
    }
}
