package io.tacitcrm.knowledge.web;

import io.tacitcrm.knowledge.domain.ArticleVersion;
import io.tacitcrm.knowledge.service.VersionDetail;
import java.time.Instant;
import java.util.List;

/** A kept version; {@code body} and {@code diff} (unified, against the version before) only when one is read. */
public record VersionJson(int version, String title, String category, List<String> tags, String status, String editedBy,
                          String editedByName, Instant editedAt, String note, String body, String diff) {

    static VersionJson of(ArticleVersion v, String editedByName) {
        var c = v.content();
        return new VersionJson(v.version(), c.title(), c.category(), c.tags(), v.status().name(), v.editedBy()
                .toString(), editedByName, v.editedAt(), v.note(), null, null);
    }

    static VersionJson of(VersionDetail d, String editedByName) {
        var v = d.version();
        var c = v.content();
        return new VersionJson(v.version(), c.title(), c.category(), c.tags(), v.status().name(), v.editedBy()
                .toString(), editedByName, v.editedAt(), v.note(), c.body(), d.diff());
    }
}
