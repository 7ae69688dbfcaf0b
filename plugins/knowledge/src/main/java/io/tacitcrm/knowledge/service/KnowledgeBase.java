package io.tacitcrm.knowledge.service;

import io.tacitcrm.api.CurrentUser;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.knowledge.domain.Article;
import io.tacitcrm.knowledge.domain.ArticleContent;
import io.tacitcrm.knowledge.domain.ArticleHit;
import io.tacitcrm.knowledge.domain.ArticleQuery;
import io.tacitcrm.knowledge.domain.ArticleRules;
import io.tacitcrm.knowledge.domain.ArticleStatus;
import io.tacitcrm.knowledge.domain.ArticleVersion;
import io.tacitcrm.knowledge.domain.Problems;
import io.tacitcrm.knowledge.domain.SearchTerms;
import io.tacitcrm.knowledge.domain.VersionDiff;
import io.tacitcrm.knowledge.domain.VersionNote;
import io.tacitcrm.knowledge.store.ArticleSearch;
import io.tacitcrm.knowledge.store.ArticleStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Articles: anyone in the workspace reads them and writes drafts; changing what is published or archived, publishing
 * and archiving need {@code knowledge.publish}. Every change is a new version (with author, time and a note), found by
 * search at once.
 */
public final class KnowledgeBase {

    public static final String PUBLISH = "knowledge.publish";

    private final ArticleStore articles = new ArticleStore();
    private final ArticleSearch search = new ArticleSearch();

    public Article create(PluginContext ctx, ArticleInput input) {
        CurrentUser me = ctx.requireUser();
        return ctx.database().inTransaction(c -> {
            ArticleContent content = input.toContent(Optional.empty(), categories(c, ctx));
            Instant now = Instant.now();
            Article article = new Article(UUID.randomUUID(), content.title(), content.category(), content.tags(),
                    ArticleStatus.DRAFT, content.body(), 1, me.id(), now, now, me.id(), Optional.empty());
            articles.insert(c, tenant(ctx), article);
            keep(c, ctx, article, VersionNote.CREATED);
            return article;
        });
    }

    public Article edit(PluginContext ctx, UUID id, int expectedVersion, ArticleInput input) {
        return change(ctx, id, Optional.of(expectedVersion), (c, current) -> {
            if (current.status() != ArticleStatus.DRAFT) {
                requirePublisher(ctx);
            }
            return withContent(current, input.toContent(Optional.of(current.content()), categories(c, ctx)), ctx);
        }, VersionNote.EDITED);
    }

    public Article publish(PluginContext ctx, UUID id) {
        requirePublisher(ctx);
        return change(ctx, id, Optional.empty(), (c, current) -> {
            if (current.body().isBlank()) {
                throw ApiProblem.invalid(List.of(new ApiProblem.FieldProblem("body", "required",
                        "an article needs a body to be published")));
            }
            Instant now = Instant.now();
            return new Article(current.id(), current.title(), current.category(), current.tags(),
                    ArticleStatus.PUBLISHED,
                    current.body(), current.version() + 1, current.authorId(), current.createdAt(), now,
                            ctx.requireUser().id(), current.publishedAt().or(() -> Optional.of(now)));
        }, VersionNote.PUBLISHED);
    }

    public Article archive(PluginContext ctx, UUID id) {
        requirePublisher(ctx);
        return change(ctx, id, Optional.empty(), (c, current) -> new Article(current.id(), current.title(),
                current.category(),
                current.tags(), ArticleStatus.ARCHIVED, current.body(), current.version() + 1, current.authorId(),
                current.createdAt(), Instant.now(), ctx.requireUser().id(), current.publishedAt()),
                        VersionNote.ARCHIVED);
    }

    /** Makes an old version's content the current one again — as a new version, so nothing is lost. */
    public Article restore(PluginContext ctx, UUID id, int version, int expectedVersion) {
        return change(ctx, id, Optional.of(expectedVersion), (c, current) -> {
            if (current.status() != ArticleStatus.DRAFT) {
                requirePublisher(ctx);
            }
            ArticleVersion old = articles.version(c, tenant(ctx), id, version)
                    .orElseThrow(() -> ApiProblem.notFound("No version " + version + " of this article."));
            return withContent(current, old.content(), ctx);
        }, VersionNote.restoredFrom(version));
    }

    public Article get(PluginContext ctx, UUID id) {
        return ctx.database().inTransaction(c -> articles.find(c, tenant(ctx), id, false))
                .orElseThrow(KnowledgeBase::noSuchArticle);
    }

    public List<ArticleHit> find(PluginContext ctx, ArticleQuery query) {
        return ctx.database().inTransaction(c -> search.page(c, tenant(ctx), query));
    }

    public List<ArticleVersion> versions(PluginContext ctx, UUID id) {
        return ctx.database().inTransaction(c -> {
            List<ArticleVersion> versions = articles.versions(c, tenant(ctx), id);
            if (versions.isEmpty()) {
                throw noSuchArticle();
            }
            return versions;
        });
    }

    /** One version with its full content and its diff against the version before it. */
    public VersionDetail version(PluginContext ctx, UUID id, int version) {
        return ctx.database().inTransaction(c -> {
            ArticleVersion v = articles.version(c, tenant(ctx), id, version)
                    .orElseThrow(() -> ApiProblem.notFound("No version " + version + " of this article."));
            Optional<ArticleVersion> previous = version > 1 ? articles.version(c, tenant(ctx), id, version - 1)
                    : Optional.empty();
            String diff = previous.map(p -> VersionDiff.between(p.version(), p.content(), v.version(), v.content()))
                    .orElseGet(() -> VersionDiff.initial(v.version(), v.content()));
            return new VersionDetail(v, diff);
        });
    }

    /** Categories: the built-in ones and the workspace's own, code to label (labels of built-ins are the UI's). */
    public Map<String, String> categories(PluginContext ctx) {
        return ctx.database().inTransaction(c -> articles.categories(c, tenant(ctx)));
    }

    public void addCategory(PluginContext ctx, String code, String label) {
        requirePublisher(ctx);
        String clean = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        String name = label == null ? "" : label.strip();
        var problems = new Problems();
        if (!ArticleRules.CATEGORY_CODE.matcher(clean).matches() || ArticleRules.BUILT_IN_CATEGORIES.contains(clean)) {
            problems.add("code", "category.code", "2 to 40 capital letters, digits or _, not a built-in category");
        }
        if (name.isEmpty() || name.length() > 60) {
            problems.add("label", "required", "1 to 60 characters");
        }
        problems.throwIfAny();
        if (!ctx.database().inTransaction(c -> articles.addCategory(c, tenant(ctx), clean, name))) {
            throw ApiProblem.conflict("category.exists", "The category " + clean + " exists already.");
        }
    }

    public static ApiProblem noSuchArticle() {
        return ApiProblem.notFound("No such article.");
    }

    private interface Change {
        Article apply(Connection c, Article current) throws SQLException;
    }

    private Article change(PluginContext ctx, UUID id, Optional<Integer> expectedVersion, Change change, String note) {
        return ctx.database().inTransaction(c -> {
            Article current = articles.find(c, tenant(ctx), id, true).orElseThrow(KnowledgeBase::noSuchArticle);
            if (expectedVersion.isPresent() && expectedVersion.get() != current.version()) {
                throw ApiProblem.staleVersion();
            }
            Article changed = change.apply(c, current);
            articles.update(c, tenant(ctx), changed);
            keep(c, ctx, changed, note);
            return changed;
        });
    }

    private Article withContent(Article current, ArticleContent content, PluginContext ctx) {
        return new Article(current.id(), content.title(), content.category(), content.tags(), current.status(),
                content.body(), current.version() + 1, current.authorId(), current.createdAt(), Instant.now(),
                ctx.requireUser().id(), current.publishedAt());
    }

    private void keep(Connection c, PluginContext ctx, Article article, String note) throws SQLException {
        articles.keepVersion(c, tenant(ctx), new ArticleVersion(article.id(), article.version(), article.content(),
                article.status(), article.updatedBy(), article.updatedAt(), note));
        articles.index(c, tenant(ctx), article, SearchTerms.of(article.content()));
    }

    private Set<String> categories(Connection c, PluginContext ctx) throws SQLException {
        return articles.categories(c, tenant(ctx)).keySet();
    }

    static void requirePublisher(PluginContext ctx) {
        if (!ctx.requireUser().has(PUBLISH)) {
            throw ApiProblem.forbidden(PUBLISH);
        }
    }

    static UUID tenant(PluginContext ctx) {
        return ctx.tenant().id();
    }
}
