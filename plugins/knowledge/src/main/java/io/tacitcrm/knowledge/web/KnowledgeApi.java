package io.tacitcrm.knowledge.web;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.records.RecordRef;
import io.tacitcrm.api.records.RecordType;
import io.tacitcrm.api.web.ApiContribution;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.api.web.ApiRequest;
import io.tacitcrm.api.web.ApiResponse;
import io.tacitcrm.api.web.ApiRoutes;
import io.tacitcrm.api.web.RouteDoc;
import io.tacitcrm.knowledge.domain.Article;
import io.tacitcrm.knowledge.domain.ArticleHit;
import io.tacitcrm.knowledge.domain.ArticleQuery;
import io.tacitcrm.knowledge.domain.ArticleStatus;
import io.tacitcrm.knowledge.domain.Citation;
import io.tacitcrm.knowledge.domain.Problems;
import io.tacitcrm.knowledge.domain.SearchTerms;
import io.tacitcrm.knowledge.service.ArticleInput;
import io.tacitcrm.knowledge.service.Citations;
import io.tacitcrm.knowledge.service.KnowledgeBase;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * {@code /api/v1/x/knowledge/}: {@code articles} (list and search with {@code q}, {@code category}, {@code tag},
 * {@code status}; create; read; merge-patch with If-Match; {@code versions}, {@code versions/{n}}, {@code restore},
 * {@code publish}, {@code archive}, {@code citations}), {@code citations} (create, delete, list by record) and
 * {@code categories}.
 */
@Extension
public class KnowledgeApi implements ApiContribution {

    private final KnowledgeBase knowledge = new KnowledgeBase();
    private final Citations citations = new Citations();

    @Override
    public void routes(ApiRoutes routes) {
        routes.get("articles", this::list)
                .doc(RouteDoc.of("listArticles", "Search or list articles, best match or newest first")
                        .query("q", "category", "status", "tag", "limit", "cursor")
                        .returns(200, ArticleSummaryJson.Page.class))
                .post("articles", this::create)
                .doc(RouteDoc.of("createArticle", "Write a draft article").accepts(ArticleInput.class)
                        .returns(201, ArticleJson.class))
                .get("articles/{id}", (r, c) -> read(article(r, c), c))
                .doc(RouteDoc.of("getArticle", "Read an article with its rendered body and usage")
                        .returns(200, ArticleJson.class))
                .patch("articles/{id}", this::edit)
                .doc(RouteDoc.of("updateArticle", "Change an article (merge patch, If-Match required)")
                        .accepts(ArticleInput.class).returns(200, ArticleJson.class))
                .post("articles/{id}/publish", (r, c) -> read(knowledge.publish(c, id(r)), c))
                .doc(RouteDoc.of("publishArticle", "Publish an article").returns(200, ArticleJson.class))
                .post("articles/{id}/archive", (r, c) -> read(knowledge.archive(c, id(r)), c))
                .doc(RouteDoc.of("archiveArticle", "Archive an article").returns(200, ArticleJson.class))
                .post("articles/{id}/restore", this::restore)
                .doc(RouteDoc.of("restoreArticle", "Make an earlier version current again (If-Match required)")
                        .requiresVersion().accepts(RestoreInput.class).returns(200, ArticleJson.class))
                .get("articles/{id}/versions", this::versions)
                .doc(RouteDoc.of("listArticleVersions", "An article's versions, newest first")
                        .returnsListOf(200, VersionJson.class))
                .get("articles/{id}/versions/{version}", this::version)
                .doc(RouteDoc.of("getArticleVersion", "One version with its diff to the previous one")
                        .returns(200, VersionJson.class))
                .get("articles/{id}/citations", this::citationsOfArticle)
                .doc(RouteDoc.of("listArticleCitations", "Where the article was cited, as far as the reader may see")
                        .returns(200, CitationJson.OfArticle.class))
                .get("citations", this::citationsOfRecord)
                .doc(RouteDoc.of("listRecordCitations", "What was cited on a record (a customer: also on its deals)")
                        .query("recordType", "recordId").returnsListOf(200, CitationJson.class))
                .post("citations", this::cite)
                .doc(RouteDoc.of("citeArticle", "Cite a published article on a record")
                        .accepts(CitationJson.Input.class).returns(201, CitationJson.class))
                .delete("citations/{id}", (r, c) -> {
                    citations.remove(c, id(r));
                    return ApiResponse.noContent();
                })
                .doc(RouteDoc.of("deleteCitation", "Remove a citation (its author or a publisher)").returnsNothing())
                .get("categories", (r, c) -> ApiResponse.ok(knowledge.categories(c)))
                .doc(RouteDoc.of("listCategories", "The workspace's categories: code and label")
                        .returnsMapOf(200, String.class))
                .post("categories", this::addCategory)
                .doc(RouteDoc.of("addCategory", "Add a category of the workspace's own (publishers)")
                        .accepts(CategoryInput.class).returnsMapOf(201, String.class));
    }

    private ApiResponse list(ApiRequest r, PluginContext c) {
        int limit = Math.clamp(intParam(r, "limit", 25), 1, ArticleQuery.LIMIT_MAX);
        int offset = r.query("cursor").map(KnowledgeApi::offset).orElse(0);
        ArticleStatus status = r.query("status").map(KnowledgeApi::status).orElse(ArticleStatus.PUBLISHED);
        List<String> terms = r.query("q").map(SearchTerms::ofQuery).orElse(List.of());
        if (r.query("q").filter(q -> !q.isBlank()).isPresent() && terms.isEmpty()) {
            return ApiResponse.ok(new ArticleSummaryJson.Page(List.of(), null));
        }
        ArticleQuery query = new ArticleQuery(terms, status, r.query("category").map(s -> s.strip()
                .toUpperCase(Locale.ROOT)), r.query("tag").map(String::strip), offset, limit + 1);
        List<ArticleHit> hits = knowledge.find(c, query);
        boolean more = hits.size() > limit && offset + limit < ArticleQuery.OFFSET_MAX;
        List<ArticleSummaryJson> items = hits.stream().limit(limit).map(ArticleSummaryJson::of).toList();
        return ApiResponse.ok(new ArticleSummaryJson.Page(items, more ? "o" + (offset + limit) : null));
    }

    private ApiResponse create(ApiRequest r, PluginContext c) {
        Article created = knowledge.create(c, r.body(ArticleInput.class));
        return ApiResponse.created(ArticleJson.of(created, citations.usage(c, created.id())), "articles/"
                + created.id())
                .withVersion(created.version());
    }

    private ApiResponse edit(ApiRequest r, PluginContext c) {
        int expected = expectedVersion(r);
        return read(knowledge.edit(c, id(r), expected, r.body(ArticleInput.class)), c);
    }

    private ApiResponse restore(ApiRequest r, PluginContext c) {
        int expected = expectedVersion(r);
        Integer version = r.body(RestoreInput.class).version();
        if (version == null || version < 1) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldProblem("version", "required",
                    "the version to restore")));
        }
        return read(knowledge.restore(c, id(r), version, expected), c);
    }

    private ApiResponse versions(ApiRequest r, PluginContext c) {
        var versions = knowledge.versions(c, id(r));
        Map<UUID, String> names = c.users().names(versions.stream().map(v -> v.editedBy()).collect(Collectors.toSet()));
        return ApiResponse.ok(versions.stream().map(v -> VersionJson.of(v, names.getOrDefault(v.editedBy(), "")))
                .toList());
    }

    private ApiResponse version(ApiRequest r, PluginContext c) {
        int number;
        try {
            number = Integer.parseInt(r.pathParameter("version"));
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("No such version.");
        }
        var detail = knowledge.version(c, id(r), number);
        UUID by = detail.version().editedBy();
        return ApiResponse.ok(VersionJson.of(detail, c.users().names(Set.of(by)).getOrDefault(by, "")));
    }

    private ApiResponse cite(ApiRequest r, PluginContext c) {
        CitationJson.Input input = r.body(CitationJson.Input.class);
        var problems = new Problems();
        Optional<UUID> article = uuid(input.articleId());
        Optional<RecordType> type = Optional.ofNullable(input.recordType()).flatMap(KnowledgeApi::recordType);
        Optional<UUID> record = uuid(input.recordId());
        if (article.isEmpty()) {
            problems.add("articleId", "required", "the article's id");
        }
        if (type.isEmpty()) {
            problems.add("recordType", "required", "ACCOUNT, OPPORTUNITY or ACTIVITY");
        }
        if (record.isEmpty()) {
            problems.add("recordId", "required", "the record's id");
        }
        problems.throwIfAny();
        Citation citation = citations.cite(c, article.get(), new RecordRef(type.get(), record.get()), input.note());
        return ApiResponse.created(citationsJson(List.of(citation), c).getFirst(), "citations/" + citation.id());
    }

    private ApiResponse citationsOfRecord(ApiRequest r, PluginContext c) {
        RecordType type = r.query("recordType").flatMap(KnowledgeApi::recordType)
                .orElseThrow(() -> ApiProblem.badRequest("recordType must be ACCOUNT, OPPORTUNITY or ACTIVITY."));
        UUID record = r.query("recordId").flatMap(KnowledgeApi::uuid)
                .orElseThrow(() -> ApiProblem.badRequest("recordId must be a record's id."));
        return ApiResponse.ok(citationsJson(citations.ofRecord(c, new RecordRef(type, record)), c));
    }

    private ApiResponse addCategory(ApiRequest r, PluginContext c) {
        CategoryInput input = r.body(CategoryInput.class);
        knowledge.addCategory(c, input.code(), input.label());
        return ApiResponse.status(201, knowledge.categories(c));
    }

    /** Body of {@code restore}: the version whose content becomes current again. */
    public record RestoreInput(Integer version) {
    }

    /** Body of {@code POST categories}. */
    public record CategoryInput(String code, String label) {
    }

    private ApiResponse read(Article a, PluginContext c) {
        return ApiResponse.ok(ArticleJson.of(a, citations.usage(c, a.id()))).withVersion(a.version());
    }

    private Article article(ApiRequest r, PluginContext c) {
        return knowledge.get(c, id(r));
    }

    private ApiResponse citationsOfArticle(ApiRequest r, PluginContext c) {
        Citations.ArticleCitations cited = citations.ofArticle(c, article(r, c).id());
        return ApiResponse.ok(new CitationJson.OfArticle(citationsJson(cited.visible(), c), cited.hidden()));
    }

    private static List<CitationJson> citationsJson(Collection<Citation> list, PluginContext c) {
        Map<UUID, String> names = c.users().names(list.stream().map(Citation::citedBy).collect(Collectors.toSet()));
        return list.stream().map(x -> CitationJson.of(x, names.getOrDefault(x.citedBy(), ""))).toList();
    }

    private static UUID id(ApiRequest r) {
        return uuid(r.pathParameter("id")).orElseThrow(() -> ApiProblem.notFound("No such record."));
    }

    private static int expectedVersion(ApiRequest r) {
        String tag = r.header("If-Match").orElseThrow(ApiProblem::versionRequired).strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Integer.parseInt(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ApiProblem.staleVersion();
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.ofNullable(text).map(String::strip).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<RecordType> recordType(String text) {
        try {
            return Optional.of(RecordType.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ArticleStatus status(String text) {
        try {
            return ArticleStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("status must be DRAFT, PUBLISHED or ARCHIVED.");
        }
    }

    private static int offset(String cursor) {
        try {
            int offset = Integer.parseInt(cursor.startsWith("o") ? cursor.substring(1) : "x");
            if (offset < 0 || offset > ArticleQuery.OFFSET_MAX) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("The cursor is not one this list gave out.");
        }
    }

    private static int intParam(ApiRequest r, String name, int fallback) {
        try {
            return r.query(name).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + " must be a number.");
        }
    }
}
