package io.tacitcrm.knowledge.ui;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.search.SearchHit;
import io.tacitcrm.api.search.SearchProvider;
import io.tacitcrm.knowledge.domain.ArticleQuery;
import io.tacitcrm.knowledge.domain.ArticleStatus;
import io.tacitcrm.knowledge.domain.SearchTerms;
import io.tacitcrm.knowledge.service.KnowledgeBase;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** Published articles, ranked as the knowledge base's own search ranks them, each opening the article. */
@Extension
public class ArticleSearchProvider implements SearchProvider {

    private final KnowledgeBase knowledge = new KnowledgeBase();

    @Override
    public String label(PluginContext context) {
        return new Texts(context.locale()).get("module.name");
    }

    @Override
    public List<SearchHit> search(String text, int limit, PluginContext context) {
        List<String> terms = SearchTerms.ofQuery(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        Texts texts = new Texts(context.locale());
        var categories = Categories.labels(context, knowledge, texts);
        return knowledge.find(context, new ArticleQuery(terms, ArticleStatus.PUBLISHED, Optional.empty(),
                Optional.empty(), 0, Math.min(limit, ArticleQuery.LIMIT_MAX))).stream()
                .map(hit -> new SearchHit(hit.article().title(), categories.getOrDefault(hit.article().category(),
                        hit.article().category()), context.viewPath("article", hit.article().id().toString())))
                .toList();
    }
}
