package io.tacitcrm.knowledge.web;

import io.tacitcrm.knowledge.domain.Citation;
import java.time.Instant;
import java.util.List;

/** A citation: which article, on which record (and that record's customer and opportunity), by whom and when. */
public record CitationJson(String id, String articleId, String articleTitle, String recordType, String recordId,
                           String customerId, String opportunityId, String citedBy, String citedByName, Instant citedAt,
                           String note) {

    static CitationJson of(Citation c, String citedByName) {
        return new CitationJson(c.id().toString(), c.articleId().toString(), c.articleTitle(), c.record().type().name(),
                c.record().id().toString(), c.customerId().toString(), c.opportunityId().map(Object::toString)
                        .orElse(null), c.citedBy().toString(), citedByName, c.citedAt(), c.note());
    }

    /** Where an article was cited: the citations the reader may see, and a count of the others. */
    public record OfArticle(List<CitationJson> items, int hiddenCount) {
    }

    /** What a client sends to cite an article. */
    public record Input(String articleId, String recordType, String recordId, String note) {
    }
}
