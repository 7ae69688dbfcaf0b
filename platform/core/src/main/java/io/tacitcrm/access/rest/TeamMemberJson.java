package io.tacitcrm.access.rest;

import io.tacitcrm.access.domain.RecordShare;
import java.time.Instant;
import java.util.List;

/** A member of a record's team as the API shows it ({@code id} names the membership, for removal). */
public record TeamMemberJson(String id, String userId, String teamRole, String access, Instant until) {

    static TeamMemberJson of(RecordShare s) {
        return new TeamMemberJson(s.id().toString(), s.granteeId().toString(), s.teamRole().orElse(""), s.access()
                .name(), s.expiresAt().orElse(null));
    }

    public record ListJson(List<TeamMemberJson> items) {
    }
}
