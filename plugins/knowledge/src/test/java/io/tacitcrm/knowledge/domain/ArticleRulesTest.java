package io.tacitcrm.knowledge.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tacitcrm.api.web.ApiProblem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleRulesTest {

    @Test
    void content_is_trimmed_categories_normalised_and_tags_deduplicated() {
        ArticleContent c = ArticleRules.check(Optional.of("  Battlecard "), Optional.of("competitor"),
                List.of("华为", " Huawei ", "huawei"), Optional.of("body"), Set.of());
        assertEquals(new ArticleContent("Battlecard", "COMPETITOR", List.of("华为", "Huawei"), "body"), c);
    }

    @Test
    void every_problem_is_reported_at_once() {
        ApiProblem p = assertThrows(ApiProblem.class, () -> ArticleRules.check(Optional.of("two\nlines"),
                Optional.of("NOPE"),
                List.of("<b>", "x".repeat(41)), Optional.of("\u0000"), Set.of()));
        assertEquals(422, p.status());
        assertEquals(List.of("title", "category", "tags[0]", "tags[1]", "body"), p.fields().stream()
                .map(ApiProblem.FieldProblem::field).toList());
    }

    @Test
    void a_workspace_category_is_accepted_once_defined() {
        assertEquals("PARTNER", ArticleRules.check(Optional.of("t"), Optional.of("partner"), List.of(),
                Optional.empty(), Set.of("PARTNER")).category());
    }
}
