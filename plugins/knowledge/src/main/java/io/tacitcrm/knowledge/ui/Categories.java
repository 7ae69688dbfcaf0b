package io.tacitcrm.knowledge.ui;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.knowledge.domain.ArticleRules;
import io.tacitcrm.knowledge.service.KnowledgeBase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Category codes with their labels in the user's language: built-ins from the translations, the workspace's own as
 * named.
 */
final class Categories {

    private Categories() {
    }

    static Map<String, String> labels(PluginContext ctx, KnowledgeBase knowledge, Texts texts) {
        Map<String, String> labels = new LinkedHashMap<>();
        ArticleRules.BUILT_IN_CATEGORIES.forEach(code -> labels.put(code, texts.get("category." + code)));
        labels.putAll(knowledge.categories(ctx));
        return labels;
    }
}
