package io.tacitcrm.knowledge.domain;

/** An article in a list, with its search score (0 when listed without search). */
public record ArticleHit(Article article, int score) {
}
