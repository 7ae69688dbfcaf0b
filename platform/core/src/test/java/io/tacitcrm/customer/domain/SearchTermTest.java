package io.tacitcrm.customer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermTest {

    @Test
    void a_latin_word_is_looked_up_by_three_of_its_trigrams_spread_over_it() {
        assertEquals(List.of("sum", "mmi", "mit"), new SearchTerm("Summit").grams());
    }

    @Test
    void grams_spanning_spaces_or_punctuation_are_avoided_when_the_term_has_others() {
        assertEquals(List.of("ltd"), new SearchTerm("co., ltd").grams());
        assertEquals(List.of("a b"), new SearchTerm("a b").grams());
    }

    @Test
    void a_chinese_pair_or_single_character_is_its_own_gram() {
        assertEquals(List.of("恒信"), new SearchTerm("恒信").grams());
        assertEquals(List.of("王"), new SearchTerm("王").grams());
        assertEquals(List.of("恒信电", "信电子"), new SearchTerm("恒信电子").grams());
    }

    @Test
    void short_latin_terms_are_not_indexable_and_are_found_by_scanning() {
        assertFalse(new SearchTerm("ab").indexable());
        assertFalse(new SearchTerm("a恒").indexable());
        assertTrue(new SearchTerm("667").indexable());
    }

    @Test
    void like_wildcards_typed_by_the_user_are_matched_literally() {
        assertEquals("%50!%!_off!!%", new SearchTerm("50%_off!").likePattern());
    }

    @Test
    void the_term_is_lower_cased_like_the_indexed_text() {
        assertEquals("summit", new SearchTerm("SUMMIT").text());
        assertThrows(IllegalArgumentException.class, () -> new SearchTerm(""));
    }
}
