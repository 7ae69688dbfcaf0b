package io.tacitcrm.knowledge.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** A unified diff between two versions of an article's content (fields first, then the body's lines). */
public final class VersionDiff {

    private VersionDiff() {
    }

    public static String between(int fromVersion, ArticleContent from, int toVersion, ArticleContent to) {
        List<String> before = from.lines();
        List<String> after = to.lines();
        var patch = DiffUtils.diff(before, after);
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("version " + fromVersion, "version " + toVersion,
                before, patch, 2));
    }

    /** The first version, compared with nothing. */
    public static String initial(int version, ArticleContent content) {
        return between(0, new ArticleContent("", "", List.of(), ""), version, content);
    }
}
