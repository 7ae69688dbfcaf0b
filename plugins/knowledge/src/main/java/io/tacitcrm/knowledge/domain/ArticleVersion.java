package io.tacitcrm.knowledge.domain;

import java.time.Instant;
import java.util.UUID;

/** One kept version of an article, with who made it, when, and why (e.g. "published", "restored from 3"). */
public record ArticleVersion(UUID articleId, int version, ArticleContent content, ArticleStatus status, UUID editedBy,
                             Instant editedAt, String note) {
}
