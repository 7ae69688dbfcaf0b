package io.tacitcrm.api.records;

import io.tacitcrm.api.Beta;
import java.util.List;
import java.util.Optional;

/**
 * One page of a list the user may see, and the cursor of the next (empty on the last page). Cursors are opaque; pass
 * one back unchanged to read on.
 */
@Beta
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
