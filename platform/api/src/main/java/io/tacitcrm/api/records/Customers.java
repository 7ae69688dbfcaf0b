package io.tacitcrm.api.records;

import io.tacitcrm.api.Stable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Customers the current user may see. */
@Stable(since = "0.1")
public interface Customers {

    /** The customer, if it exists in this tenant and the user may see it. */
    Optional<CustomerRecord> find(UUID id);

    /** Customers whose name, phone or contacts match {@code text}, newest first, at most {@code limit} (≤ 100). */
    List<CustomerRecord> search(String text, int limit);
}
