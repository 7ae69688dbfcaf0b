package io.tacitcrm.api.search;

import io.tacitcrm.api.Beta;
import io.tacitcrm.api.PluginContext;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Your records in the header's search box, beside the core's customers, contacts and deals. The host asks every
 * enabled plugin's providers as the user types and shows their hits under {@link #label}. Annotate your
 * implementation with {@code @org.pf4j.Extension}.
 *
 * <p>Return only what this user may see (the context is theirs), best match first. The call sits inside a keystroke:
 * answer quickly from an index; a provider that throws or runs past the plugin time limit is logged and left out of
 * that search.
 *
 * @since 0.5
 */
@Beta
public interface SearchProvider extends ExtensionPoint {

    /** The heading of your hits in the user's language ("Knowledge base"). */
    String label(PluginContext context);

    /**
     * At most {@code limit} of your records matching {@code text} (what the user typed, trimmed, never empty), in the
     * context's language.
     */
    List<SearchHit> search(String text, int limit, PluginContext context) throws Exception;
}
