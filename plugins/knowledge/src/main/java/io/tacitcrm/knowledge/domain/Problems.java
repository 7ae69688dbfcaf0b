package io.tacitcrm.knowledge.domain;

import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.api.web.ApiProblem.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects every field problem of an input before answering, so a client sees them all at once. */
public final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    public Problems add(String field, String code, String message) {
        found.add(new FieldProblem(field, code, message));
        return this;
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw ApiProblem.invalid(found);
        }
    }
}
