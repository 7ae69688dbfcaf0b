package io.tacitcrm.customer.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a person typed to find a customer, as the search index sees it: lower-cased, matched as a substring of the
 * account's name, phone, or a contact's name or phone.
 *
 * <p>The index ({@code account_search_gram}, filled by the database function {@code tacit_text_grams}) holds every
 * trigram of that text, and for non-ASCII text (Chinese names) also every single character and pair. A term is
 * {@linkplain #indexable() indexable} when it has such grams; short Latin terms ("ab") are not, and are found by
 * scanning.
 */
public record SearchTerm(String text) {

    /** More grams narrow the candidates a little more but each costs a posting-list read; three is the balance. */
    static final int MAX_GRAMS = 3;

    public SearchTerm {
        text = text.toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a search term cannot be empty");
        }
    }

    /** A LIKE pattern for the term anywhere in the text, with {@code !} as the escape character. */
    public String likePattern() {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    public boolean indexable() {
        return !grams().isEmpty();
    }

    /**
     * The grams to look up: a Chinese term of one or two characters is its own gram; a longer term gives its trigrams,
     * of which at most {@value #MAX_GRAMS} spread over the term are used (preferring letters and digits, whose grams
     * are
     * rarer than those spanning a space or punctuation). Every account containing the term holds all of them.
     */
    public List<String> grams() {
        int[] points = text.codePoints().toArray();
        if (points.length < 3) {
            boolean allNonAscii = text.codePoints().allMatch(p -> p > 0x7f);
            return allNonAscii ? List.of(text) : List.of();
        }
        Set<String> all = new LinkedHashSet<>();
        Set<String> wordy = new LinkedHashSet<>();
        for (int i = 0; i + 3 <= points.length; i++) {
            String gram = new String(points, i, 3);
            all.add(gram);
            if (gram.codePoints().allMatch(Character::isLetterOrDigit)) {
                wordy.add(gram);
            }
        }
        return spread(new ArrayList<>(wordy.isEmpty() ? all : wordy));
    }

    private static List<String> spread(List<String> grams) {
        if (grams.size() <= MAX_GRAMS) {
            return List.copyOf(grams);
        }
        return List.of(grams.getFirst(), grams.get(grams.size() / 2), grams.getLast());
    }
}
