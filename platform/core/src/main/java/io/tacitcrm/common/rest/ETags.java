package io.tacitcrm.common.rest;

import io.tacitcrm.common.domain.ExpectedVersion;
import jakarta.ws.rs.core.EntityTag;

/** A record's version as an entity tag, and the version a client's {@code If-Match} names. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * No header, or {@code *}, accepts any version. A tag that is not one of ours can never match, so the update
     * fails with 412 as any other stale tag would.
     */
    public static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return ExpectedVersion.any();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return ExpectedVersion.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            return ExpectedVersion.of(-1);
        }
    }
}
