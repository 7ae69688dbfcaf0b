package io.tacitcrm.knowledge.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void chinese_text_is_found_by_any_pair_of_neighbouring_characters() {
        Map<String, Integer> terms = SearchTerms.of(new ArticleContent("华为竞品", "COMPETITOR", List.of(), "他们用华为的方案"));
        assertEquals(SearchTerms.TITLE + SearchTerms.BODY, terms.get("华为"), "title and body weights add up");
        assertEquals(SearchTerms.TITLE, terms.get("竞品"));
        assertEquals(SearchTerms.BODY, terms.get("方案"));
        assertEquals(SearchTerms.TITLE, terms.get("华"), "single characters come from titles and tags only");
        assertTrue(!terms.containsKey("方"), "not from bodies, which would bloat the index");
    }

    @Test
    void a_query_needs_the_same_terms_the_index_holds() {
        assertEquals(List.of("竞品", "品对", "对比"), SearchTerms.ofQuery("竞品对比"));
        assertEquals(List.of("华"), SearchTerms.ofQuery("华"));
        assertEquals(List.of("battlecard", "华为"), SearchTerms.ofQuery("  BattleCard，华为! "));
        assertEquals(List.of("pricing", "q3"), SearchTerms.ofQuery("the pricing of Q3"), "stop words are dropped");
        assertEquals(List.of(), SearchTerms.ofQuery("' or 1=1 --").stream().filter(t -> !t.equals("1")).toList());
    }

    @Test
    void full_width_and_accented_forms_meet_their_plain_forms() {
        assertEquals(SearchTerms.ofQuery("ＡＢＣ１２"), SearchTerms.ofQuery("abc12"));
        assertTrue(SearchTerms.of(new ArticleContent("Café", "PRODUCT", List.of(), "")).containsKey("café"));
    }

    @Test
    void a_long_query_is_cut_to_a_bounded_number_of_terms() {
        String many = String.join(" ", IntStream.range(0, 40).mapToObj(i -> "word" + i).toList());
        assertEquals(SearchTerms.QUERY_TERMS_MAX, SearchTerms.ofQuery(many).size());
    }
}
