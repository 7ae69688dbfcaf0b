package io.tacitcrm.knowledge.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One article as stored: its current content, status and version. */
public record Article(UUID id, String title, String category, List<String> tags, ArticleStatus status, String body,
                      int version, UUID authorId, Instant createdAt, Instant updatedAt, UUID updatedBy,
                      Optional<Instant> publishedAt) {

    public Article {
        tags = List.copyOf(tags);
    }

    public ArticleContent content() {
        return new ArticleContent(title, category, tags, body);
    }
}
