package io.tacitcrm.access.rest;

import io.tacitcrm.access.service.UserAccess;
import java.util.List;

/** One user's access to a record, with every reason: "who can see this, and why". */
public record AccessJson(String userId, String name, String access, List<ReasonJson> reasons) {

    public record ReasonJson(String cause, String access, String detail) {
    }

    static AccessJson of(UserAccess a) {
        return new AccessJson(a.user().toString(), a.name(), a.level().name(),
                a.grants().stream().map(g -> new ReasonJson(g.cause().name(), g.level().name(), g.detail())).toList());
    }
}
