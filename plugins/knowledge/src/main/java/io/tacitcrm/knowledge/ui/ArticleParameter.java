package io.tacitcrm.knowledge.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The article id a view's address names, if it names a well-formed one. */
final class ArticleParameter {

    private ArticleParameter() {
    }

    static Optional<UUID> of(List<String> parameters) {
        try {
            return parameters.stream().findFirst().map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
