package io.tacitcrm.search.rest;

import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.search.service.GlobalSearch;
import io.tacitcrm.search.service.SearchResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The one search box: customers, contacts, deals and the enabled plugins' records the caller may see. */
@Tag(name = "Search", description = "One search over customers, contacts, deals and the plugins' records.")
@Path("search")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int DEFAULT_PER_KIND = 5;

    @Inject
    GlobalSearch search;

    /**
     * {@code kind}: CUSTOMER, CONTACT, DEAL or MODULE (a plugin's record, {@code group} naming the plugin's heading);
     * {@code recordId} the record's id for the core's kinds (null for a plugin's); {@code link} the application
     * address that opens it.
     */
    public record SearchResultJson(String kind, String group, String recordId, String title, String detail,
            String link) {
        static SearchResultJson of(SearchResult r) {
            return new SearchResultJson(r.kind().name(), r.group(), r.id().map(Object::toString).orElse(null),
                    r.title(), r.detail(), r.link());
        }
    }

    public record SearchResultsJson(List<SearchResultJson> items) {
    }

    /** {@code q}: 1 to 100 characters; {@code limit}: at most this many of each kind (1 to 20, default 5). */
    @Operation(operationId = "search", summary = "Find customers, contacts, deals and plugin records by a few words")
    @GET
    public SearchResultsJson find(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        return new SearchResultsJson(search.search(q, perKind(limit)).stream().map(SearchResultJson::of).toList());
    }

    private static int perKind(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_PER_KIND;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= GlobalSearch.MOST_PER_KIND) {
                return value;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw InvalidInputException.of("limit", "range", "must be a number from 1 to " + GlobalSearch.MOST_PER_KIND);
    }
}
