package io.tacitcrm.knowledge.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.owasp.html.PolicyFactory;

class MarkdownRendererTest {

    private static final Pattern DANGEROUS = Pattern.compile(
            "<(script|iframe|object|embed|style|svg|math)|<[^>]*\\son[a-z]+\\s*="
                    + "|(href|src)\\s*=\\s*\"?\\s*(javascript|vbscript|data):",
            Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](vbscript:msgbox(1))",
            "![x](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "<iframe src=https://evil.example></iframe>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "```\n<script>alert(1)</script>\n```",
            "<<script>script>alert(1)<</script>/script>"})
    void nothing_that_runs_survives_rendering(String markdown) {
        String html = MarkdownRenderer.toSafeHtml(markdown);
        assertFalse(DANGEROUS.matcher(html).find(), html);
    }

    @Test
    void the_sanitizer_alone_would_also_strip_what_the_markdown_layer_lets_through() throws Exception {
        var policy = MarkdownRenderer.class.getDeclaredField("POLICY");
        policy.setAccessible(true);
        String html = ((PolicyFactory) policy.get(null))
                .sanitize("<p onclick=\"x()\">a<script>b</script><a href=\"javascript:c()\">d</a><img src=x "
                        + "onerror=e()></p>");
        assertFalse(DANGEROUS.matcher(html).find(), html);
    }

    @Test
    void formatting_tables_and_web_links_are_kept() {
        String html = MarkdownRenderer.toSafeHtml("# Title\n\n**bold** *it* `code`\n\n| a | b |\n|---|---|\n| 1 | 2 "
                + "|\n\n[site](https://example.com)");
        assertTrue(html.contains("<h1>Title</h1>") && html.contains("<strong>bold</strong>")
                && html.contains("<code>code</code>")
                && html.contains("<table>") && html.contains("<td>1</td>"), html);
        assertTrue(html.contains("<a href=\"https://example.com\" rel=\"nofollow\">site</a>"), html);
    }

    @Test
    void plain_text_drops_the_markup() {
        assertEquals("Why we win Lower latency.", MarkdownRenderer.toPlainText("# Why we win\n\n**Lower** latency."));
    }
}
