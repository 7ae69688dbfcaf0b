package io.tacitcrm.api.records;

import io.tacitcrm.api.Stable;
import java.util.List;

/** The tenant's role hierarchy. */
@Stable(since = "0.1")
public interface Roles {

    /** Every role of the tenant; {@code parentId} links them into the tree. */
    List<RoleRecord> all();
}
