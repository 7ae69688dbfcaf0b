package io.tacitcrm.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiRoutesTest {

    private final ApiHandler list = (r, c) -> ApiResponse.ok("list");
    private final ApiHandler one = (r, c) -> ApiResponse.ok("one");
    private final ApiRoutes routes = new ApiRoutes().get("articles", list).get("articles/{id}", one)
            .patch("articles/{id}", one);

    @Test
    void the_first_route_with_the_method_and_the_shape_answers_with_its_parameters() {
        var match = routes.match("GET", "/articles/42/").orElseThrow();
        assertEquals(one, match.handler());
        assertEquals(Map.of("id", "42"), match.parameters());
        assertEquals(list, routes.match("GET", "articles").orElseThrow().handler());
    }

    @Test
    void other_methods_and_shapes_do_not_match() {
        assertTrue(routes.match("DELETE", "articles/42").isEmpty());
        assertTrue(routes.match("GET", "articles/42/versions").isEmpty());
        assertEquals(Set.of("GET", "PATCH"), routes.methodsFor("articles/42"));
        assertEquals(Set.of(), routes.methodsFor("nothing"));
    }
}
