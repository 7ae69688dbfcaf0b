package io.tacitcrm.knowledge.service;

import io.tacitcrm.knowledge.domain.ArticleContent;
import io.tacitcrm.knowledge.domain.ArticleRules;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a client sends to create or change an article. For a change, a field left out keeps its current value (merge
 * patch); the result is checked as a whole.
 */
public record ArticleInput(String title, String category, List<String> tags, String body) {

    ArticleContent toContent(Optional<ArticleContent> current, Set<String> tenantCategories) {
        return ArticleRules.check(
                Optional.ofNullable(title).or(() -> current.map(ArticleContent::title)),
                Optional.ofNullable(category).or(() -> current.map(ArticleContent::category)),
                Optional.ofNullable(tags).or(() -> current.map(ArticleContent::tags)).orElse(List.of()),
                Optional.ofNullable(body).or(() -> current.map(ArticleContent::body)),
                tenantCategories);
    }
}
