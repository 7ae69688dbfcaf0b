package io.tacitcrm.knowledge.service;

import io.tacitcrm.api.TenantDatabase;
import io.tacitcrm.api.TenantRef;
import io.tacitcrm.api.archive.WorkspaceArchive;
import io.tacitcrm.knowledge.domain.Article;
import io.tacitcrm.knowledge.domain.SearchTerms;
import io.tacitcrm.knowledge.store.ArticleStore;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The search terms are derived from the articles, so a workspace's archive leaves them out and an import indexes every
 * article again (the same indexing as an edit does).
 */
@Extension
public class KnowledgeArchive implements WorkspaceArchive {

    private final ArticleStore articles = new ArticleStore();

    @Override
    public Set<String> derivedTables() {
        return Set.of("article_term");
    }

    @Override
    public void rebuild(TenantDatabase database, TenantRef workspace) {
        database.inTransaction(c -> {
            for (Article article : articles.all(c, workspace.id())) {
                articles.index(c, workspace.id(), article, SearchTerms.of(article.content()));
            }
            return null;
        });
    }
}
