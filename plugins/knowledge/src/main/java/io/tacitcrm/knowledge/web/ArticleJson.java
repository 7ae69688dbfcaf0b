package io.tacitcrm.knowledge.web;

import io.tacitcrm.knowledge.domain.Article;
import io.tacitcrm.knowledge.domain.MarkdownRenderer;
import io.tacitcrm.knowledge.service.Citations;
import java.time.Instant;
import java.util.List;

/** An article as clients read it; {@code html} is the body rendered and sanitized, safe to put into a page. */
public record ArticleJson(String id, String title, String category, List<String> tags, String status, String body,
                          String html, int version, String authorId, Instant createdAt, Instant updatedAt,
                          Instant publishedAt, UsageJson usage) {

    static ArticleJson of(Article a, Citations.Usage usage) {
        return new ArticleJson(a.id().toString(), a.title(), a.category(), a.tags(), a.status().name(), a.body(),
                MarkdownRenderer.toSafeHtml(a.body()), a.version(), a.authorId().toString(), a.createdAt(),
                        a.updatedAt(), a.publishedAt().orElse(null), UsageJson.of(usage));
    }

    /** Where the article was cited and how the cited opportunities ended; winRate is null while none has closed. */
    public record UsageJson(int citations, int openOpportunities, int wonOpportunities, int lostOpportunities,
            Double winRate) {
        static UsageJson of(Citations.Usage u) {
            var o = u.opportunities();
            return new UsageJson(u.citations(), o.open(), o.won(), o.lost(), u.winRate().orElse(null));
        }
    }
}
