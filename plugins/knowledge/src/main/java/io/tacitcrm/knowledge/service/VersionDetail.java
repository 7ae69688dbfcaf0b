package io.tacitcrm.knowledge.service;

import io.tacitcrm.knowledge.domain.ArticleVersion;

/** A version with its unified diff against the one before it. */
public record VersionDetail(ArticleVersion version, String diff) {
}
