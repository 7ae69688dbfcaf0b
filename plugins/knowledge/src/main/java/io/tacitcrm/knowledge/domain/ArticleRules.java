package io.tacitcrm.knowledge.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes article content acceptable. Titles are plain text (shown as text, never as HTML); tags are short words
 * without markup characters; the body is Markdown, rendered only through {@link MarkdownRenderer}.
 */
public final class ArticleRules {

    public static final int TITLE_MAX = 200;
    public static final int TAGS_MAX = 20;
    public static final int TAG_MAX = 40;
    public static final int BODY_MAX = 100_000;
    public static final List<String> BUILT_IN_CATEGORIES = List.of("PRODUCT", "COMPETITOR", "REFERENCE_CUSTOMER",
            "SOLUTION", "OBJECTION");
    public static final Pattern CATEGORY_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.+#-]*");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private ArticleRules() {
    }

    /** The content, cleaned (trimmed, tags de-duplicated), or a 422 listing every problem. */
    public static ArticleContent check(Optional<String> title, Optional<String> category, List<String> tags,
                                       Optional<String> body, Set<String> tenantCategories) {
        Problems problems = new Problems();
        String t = title.map(String::strip).orElse("");
        if (t.isEmpty()) {
            problems.add("title", "required", "is required");
        } else if (t.length() > TITLE_MAX) {
            problems.add("title", "too-long", "must be at most " + TITLE_MAX + " characters");
        } else if (CONTROL.matcher(t).find() || t.contains("\n")) {
            problems.add("title", "control-characters", "must be one line of text");
        }
        String c = category.map(String::strip).map(s -> s.toUpperCase(Locale.ROOT)).orElse("");
        if (c.isEmpty()) {
            problems.add("category", "required", "is required");
        } else if (!BUILT_IN_CATEGORIES.contains(c) && !tenantCategories.contains(c)) {
            problems.add("category", "category.unknown", "is not a category of this workspace");
        }
        List<String> cleanTags = cleanTags(tags, problems);
        String b = body.orElse("");
        if (b.length() > BODY_MAX) {
            problems.add("body", "too-long", "must be at most " + BODY_MAX + " characters");
        } else if (CONTROL.matcher(b).find()) {
            problems.add("body", "control-characters", "contains characters that are not allowed");
        }
        problems.throwIfAny();
        return new ArticleContent(t, c, cleanTags, b);
    }

    private static List<String> cleanTags(List<String> tags, Problems problems) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i) == null ? "" : tags.get(i).strip();
            String field = "tags[" + i + "]";
            if (tag.isEmpty()) {
                problems.add(field, "required", "must not be empty");
            } else if (tag.length() > TAG_MAX) {
                problems.add(field, "too-long", "must be at most " + TAG_MAX + " characters");
            } else if (!TAG.matcher(tag).matches()) {
                problems.add(field, "tag.characters", "may hold letters, digits, spaces and _ . + # - only");
            } else {
                unique.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
            }
        }
        if (unique.size() > TAGS_MAX) {
            problems.add("tags", "too-many", "at most " + TAGS_MAX + " tags");
        }
        return new ArrayList<>(unique.values());
    }
}
