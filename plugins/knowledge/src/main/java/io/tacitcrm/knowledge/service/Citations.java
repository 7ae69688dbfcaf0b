package io.tacitcrm.knowledge.service;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.records.OutcomeCounts;
import io.tacitcrm.api.records.RecordRef;
import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.knowledge.domain.Article;
import io.tacitcrm.knowledge.domain.ArticleStatus;
import io.tacitcrm.knowledge.domain.Citation;
import io.tacitcrm.knowledge.store.ArticleStore;
import io.tacitcrm.knowledge.store.CitationStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reps cite published articles on the records they work on — a customer, an opportunity, an activity they logged — if
 * they may see that record. An article then shows where it was cited and how the deals that cited it ended.
 */
public final class Citations {

    public static final int LIST_MAX = 200;
    private static final int NOTE_MAX = 500;

    private final CitationStore citations = new CitationStore();
    private final ArticleStore articles = new ArticleStore();

    public Citation cite(PluginContext ctx, UUID articleId, RecordRef ref, String note) {
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > NOTE_MAX) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldProblem("note", "too-long", "at most " + NOTE_MAX
                    + " characters")));
        }
        CitedRecord record = CitedRecord.resolve(ctx, ref).orElseThrow(() -> ApiProblem.invalid(List.of(
                new ApiProblem.FieldProblem("recordId", "record.unknown", "is not a record you can see"))));
        UUID me = ctx.requireUser().id();
        return ctx.database().inTransaction(c -> {
            Article article = articles.find(c, ctx.tenant().id(), articleId, false)
                    .orElseThrow(() -> ApiProblem.invalid(List.of(
                    new ApiProblem.FieldProblem("articleId", "article.unknown",
                            "is not an article of this workspace"))));
            if (article.status() != ArticleStatus.PUBLISHED) {
                throw ApiProblem.conflict("article.not-published", "Only published articles can be cited.");
            }
            Citation citation = new Citation(UUID.randomUUID(), articleId, article.title(), ref, record.customerId(),
                    record.opportunityId(), me, Instant.now(), cleanNote);
            if (!citations.insert(c, ctx.tenant().id(), citation)) {
                throw ApiProblem.conflict("citation.exists", "This article is already cited on that record.");
            }
            return citation;
        });
    }

    /** Removes a citation: its author, or a knowledge publisher. */
    public void remove(PluginContext ctx, UUID id) {
        ctx.database().inTransaction(c -> {
            Citation citation = citations.find(c, ctx.tenant().id(), id)
                    .orElseThrow(() -> ApiProblem.notFound("No such citation."));
            if (!citation.citedBy().equals(ctx.requireUser().id()) && !ctx.requireUser().has(KnowledgeBase.PUBLISH)) {
                throw ApiProblem.forbidden(KnowledgeBase.PUBLISH);
            }
            citations.delete(c, ctx.tenant().id(), id);
            return null;
        });
    }

    /**
     * Where the article was cited, as far as the reader may see: a citation shows only when the reader may open its
     * customer and, for one on a deal or on a deal's footprint, that deal. The others are only counted.
     */
    public ArticleCitations ofArticle(PluginContext ctx, UUID articleId) {
        List<Citation> all = ctx.database().inTransaction(c -> citations.ofArticle(c, ctx.tenant().id(), articleId,
                LIST_MAX));
        Set<UUID> customers = ctx.customers().visible(all.stream().map(Citation::customerId).distinct().toList());
        Set<UUID> deals = ctx.opportunities().visible(all.stream().flatMap(x -> x.opportunityId().stream())
                .distinct().toList());
        List<Citation> visible = all.stream().filter(x -> customers.contains(x.customerId())
                && x.opportunityId().map(deals::contains).orElse(true)).toList();
        return new ArticleCitations(visible, all.size() - visible.size());
    }

    /** The citations of an article the reader may see, and how many others there are. */
    public record ArticleCitations(List<Citation> visible, int hidden) {
    }

    /** What was cited on a record — for a customer, on it and on its opportunities and activities. */
    public List<Citation> ofRecord(PluginContext ctx, RecordRef ref) {
        CitedRecord.resolve(ctx, ref).orElseThrow(() -> ApiProblem.notFound("No such record."));
        List<Citation> found = ctx.database().inTransaction(c -> switch (ref.type()) {
            case ACCOUNT -> citations.ofCustomer(c, ctx.tenant().id(), ref.id(), LIST_MAX);
            default -> citations.ofRecord(c, ctx.tenant().id(), ref, LIST_MAX);
        });
        // a customer the reader sees may have deals they do not: what was cited on those stays hidden
        Set<UUID> deals = ctx.opportunities().visible(found.stream().flatMap(x -> x.opportunityId().stream())
                .distinct().toList());
        return found.stream().filter(x -> x.opportunityId().map(deals::contains).orElse(true)).toList();
    }

    /** How often the article was cited and how the opportunities that cited it ended (over the whole workspace). */
    public Usage usage(PluginContext ctx, UUID articleId) {
        CitationStore.Usage usage = ctx.database().inTransaction(c -> citations.usage(c, ctx.tenant().id(), articleId));
        OutcomeCounts outcomes = usage.opportunities().isEmpty() ? new OutcomeCounts(0, 0, 0)
                : ctx.opportunities().outcomes(usage.opportunities());
        return new Usage(usage.citations(), outcomes);
    }

    /** Citations and the outcomes of the cited opportunities. */
    public record Usage(int citations, OutcomeCounts opportunities) {

        public Optional<Double> winRate() {
            return opportunities.winRate();
        }
    }
}
