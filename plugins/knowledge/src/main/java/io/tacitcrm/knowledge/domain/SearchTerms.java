package io.tacitcrm.knowledge.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The terms an article is found by, and the terms of a query — by one rule, so they always meet. Latin-script text
 * gives lower-cased words (a few very common English words left out); Chinese, Japanese and Korean text, written
 * without
 * spaces, gives every pair of neighbouring characters, and in titles and tags every single character too (so a
 * one-character query finds titles and tags). Weights rank title above tags above body.
 */
public final class SearchTerms {

    public static final int TITLE = 8;
    public static final int TAGS = 5;
    public static final int BODY = 1;
    /** More terms than this in a query are ignored (the longest query still costs a bounded lookup). */
    public static final int QUERY_TERMS_MAX = 12;
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in",
            "is", "it", "of", "on", "or", "that", "the", "this", "to", "was", "with");

    private SearchTerms() {
    }

    /** Each term of the content with its weight (the sum over the fields it occurs in). */
    public static Map<String, Integer> of(ArticleContent content) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        add(weights, terms(content.title(), true), TITLE);
        add(weights, terms(String.join(" ", content.tags()), true), TAGS);
        add(weights, terms(content.body(), false), BODY);
        return weights;
    }

    /** The terms a query must all match; empty when it has none (only stop words or punctuation). */
    public static List<String> ofQuery(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (Run run : runs(normalize(query))) {
            if (run.cjk()) {
                if (run.text().codePointCount(0, run.text().length()) == 1) {
                    terms.add(run.text());
                } else {
                    terms.addAll(pairs(run.text()));
                }
            } else if (isWord(run.text())) {
                terms.add(run.text());
            }
        }
        return terms.stream().limit(QUERY_TERMS_MAX).toList();
    }

    private static void add(Map<String, Integer> weights, Set<String> terms, int weight) {
        terms.forEach(t -> weights.merge(t, weight, Integer::sum));
    }

    static Set<String> terms(String text, boolean withSingles) {
        Set<String> terms = new LinkedHashSet<>();
        for (Run run : runs(normalize(text))) {
            if (run.cjk()) {
                terms.addAll(pairs(run.text()));
                if (withSingles || run.text().codePointCount(0, run.text().length()) == 1) {
                    run.text().codePoints().forEach(cp -> terms.add(Character.toString(cp)));
                }
            } else if (isWord(run.text())) {
                terms.add(run.text());
            }
        }
        return terms;
    }

    private static boolean isWord(String word) {
        return (word.length() >= 2 || Character.isDigit(word.charAt(0))) && word.length() <= 60 && !STOP.contains(word);
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static List<String> pairs(String run) {
        int[] cps = run.codePoints().toArray();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            pairs.add(new String(cps, i, 2));
        }
        return pairs;
    }

    private record Run(String text, boolean cjk) {
    }

    /** Splits into maximal runs of letters/digits, separating CJK runs from others. */
    private static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Boolean currentCjk = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean letter = Character.isLetterOrDigit(cp);
            boolean cjk = letter && isCjk(cp);
            if (!letter || (currentCjk != null && currentCjk != cjk)) {
                if (!current.isEmpty()) {
                    runs.add(new Run(current.toString(), currentCjk));
                    current.setLength(0);
                }
                currentCjk = null;
            }
            if (letter) {
                current.appendCodePoint(cp);
                currentCjk = cjk;
            }
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), currentCjk));
        }
        return runs;
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
