package io.tacitcrm.activity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.StoredFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void a_report_needs_its_progress_and_keeps_line_breaks_but_no_other_control_characters() {
        assertEquals("Visited 3 customers\nQuoted one", new ReportText(" Visited 3 customers\nQuoted one ", null,
                "").progress());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new ReportText(" ", "Call back\u0007", null));
        assertEquals(List.of("progress", "plan"), refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void a_report_read_back_as_stored_is_not_checked_as_input_again() {
        ReportText stored = StoredFacts.read(() -> new ReportText("x".repeat(ReportText.MAX + 1), "", ""));
        assertEquals(ReportText.MAX + 1, stored.progress().length());
        assertThrows(InvalidInputException.class, () -> new ReportText(stored.progress(), stored.plan(),
                stored.obstacles()));
    }
}
