package io.tacitcrm.knowledge.domain;

import java.util.ArrayList;
import java.util.List;

/** What an author writes: the part of an article that is versioned and compared. */
public record ArticleContent(String title, String category, List<String> tags, String body) {

    public ArticleContent {
        tags = List.copyOf(tags);
    }

    /** The content as lines for a diff: the fields first, then the body. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("title: " + title);
        lines.add("category: " + category);
        lines.add("tags: " + String.join(", ", tags));
        lines.add("");
        lines.addAll(body.lines().toList());
        return lines;
    }
}
