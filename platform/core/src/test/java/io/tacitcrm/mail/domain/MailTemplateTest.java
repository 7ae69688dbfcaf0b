package io.tacitcrm.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplateTest {

    private static final MailTemplate GREETING = new MailTemplate("io.tacitcrm.mail.domain.TestMail", "greeting");
    private static final String LINK = "https://crm.example/account/password?token=tcl_a&b";

    @Test
    void values_land_as_typed_in_the_text_and_escaped_in_the_html_and_the_link_is_in_both() {
        OutgoingMail mail = GREETING.render(Locale.ENGLISH, "li@example.com",
                Map.of("name", "<script>x</script> & co", "company", "ACME \"Ltd\""), LINK);
        assertEquals("Welcome to ACME \"Ltd\"", mail.subject());
        assertTrue(mail.text().startsWith("Hello <script>x</script> & co,\n\nFirst paragraph for ACME \"Ltd\".\n\n"
                + "Second paragraph.\n\nOpen it\n" + LINK + "\n"), mail.text());
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertTrue(mail.html().contains("Hello &lt;script&gt;x&lt;/script&gt; &amp; co,"), mail.html());
        assertTrue(mail.html().contains("href=\"https://crm.example/account/password?token=tcl_a&amp;b\""));
        assertEquals("greeting", mail.kind());
        assertEquals("li@example.com", mail.recipient());
    }

    @Test
    void the_recipients_language_is_used_and_a_language_without_texts_gets_the_base_ones() {
        Map<String, String> values = Map.of("name", "李娜", "company", "云帆");
        assertEquals("欢迎加入云帆",
                GREETING.render(Locale.SIMPLIFIED_CHINESE, "li@example.com", values, LINK).subject());
        assertEquals("Welcome to 云帆", GREETING.render(Locale.GERMAN, "li@example.com", values, LINK).subject());
    }

    @Test
    void a_line_break_in_a_value_never_reaches_the_subject_and_a_missing_value_is_an_error_not_a_blank() {
        OutgoingMail mail = GREETING.render(Locale.ENGLISH, "li@example.com",
                Map.of("name", "Li", "company", "ACME\r\nBcc: all@example.com"), LINK);
        assertEquals("Welcome to ACME Bcc: all@example.com", mail.subject());
        assertThrows(IllegalArgumentException.class,
                () -> GREETING.render(Locale.ENGLISH, "li@example.com", Map.of("name", "Li"), LINK));
    }
}
