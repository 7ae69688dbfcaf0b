package io.tacitcrm.common.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    private static List<String> codes(Optional<String> text, boolean multiline) {
        List<FieldError> errors = new ArrayList<>();
        if (multiline) {
            TextRules.multiline(errors, "notes", text, 100);
        } else {
            TextRules.optional(errors, "name", text, 100);
        }
        return errors.stream().map(FieldError::code).toList();
    }

    @Test
    void refuses_exactly_the_characters_the_posix_control_class_names_on_one_line_and_spares_line_breaks_in_notes() {
        Pattern control = Pattern.compile("\\p{Cntrl}");
        Pattern controlExceptLines = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String at = "U+" + Integer.toHexString(c);
            Optional<String> text = Optional.of("a" + (char) c + "b");
            String expected = control.matcher(text.get()).find() ? "[control-characters]" : "[]";
            assertEquals(expected, codes(text, false).toString(), () -> "one line, " + at);
            String expectedLines = controlExceptLines.matcher(text.get()).find() ? "[control-characters]" : "[]";
            assertEquals(expectedLines, codes(text, true).toString(), () -> "notes, " + at);
        }
    }

    @Test
    void takes_a_host_with_a_port_as_a_web_address_and_refuses_other_schemes() {
        List<String> accepted = List.of("example.com", "example.com:8080", "example.com:8080/shop?id=1",
                "https://example.com", "HTTP://Example.com/a");
        List<String> refused = List.of("javascript:alert(1)", "data:text/html,x", "example.com:80x", "mailto:a@b.c",
                "https://exa mple.com");
        for (String address : accepted) {
            List<FieldError> errors = new ArrayList<>();
            TextRules.webAddress(errors, "website", Optional.of(address));
            assertEquals(List.of(), errors, address);
        }
        for (String address : refused) {
            List<FieldError> errors = new ArrayList<>();
            TextRules.webAddress(errors, "website", Optional.of(address));
            assertEquals(List.of("url.invalid"), errors.stream().map(FieldError::code).toList(), address);
        }
    }
}
