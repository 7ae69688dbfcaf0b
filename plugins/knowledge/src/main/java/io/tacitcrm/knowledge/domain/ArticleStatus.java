package io.tacitcrm.knowledge.domain;

/** Drafts are being written; published articles are what reps read and cite; archived ones are kept but retired. */
public enum ArticleStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
