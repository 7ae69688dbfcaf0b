package io.tacitcrm.knowledge.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
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

    @Test
    void an_excerpt_is_the_start_of_the_whole_text_though_only_the_leading_blocks_are_parsed() {
        Random random = new Random(20261201);
        for (int i = 0; i < 2_000; i++) {
            String markdown = document(random);
            String whole = MarkdownRenderer.toPlainText(markdown);
            for (int max : new int[] {1, 40, 160}) {
                String expected = whole.length() > max ? whole.substring(0, max) + "…" : whole;
                assertEquals(expected, MarkdownRenderer.excerpt(markdown, max), markdown);
            }
        }
    }

    @Test
    void a_reference_link_defined_at_the_end_reads_as_its_text_in_the_excerpt() {
        String markdown = "See [the pricing page][p] first.\n\n" + "Filler paragraph. ".repeat(200) + "\n\n[p]: "
                + "https://example.com/pricing";
        String excerpt = MarkdownRenderer.excerpt(markdown, 60);
        assertEquals(MarkdownRenderer.toPlainText(markdown).substring(0, 60) + "…", excerpt);
        assertTrue(excerpt.startsWith("See \"the pricing page\" (https://example.com/pricing) first."), excerpt);
    }

    /** Blocks of every kind, blank lines inside fences and lists, CJK text and runs of whitespace. */
    private static String document(Random random) {
        String[] blocks = {"# Heading %s", "Plain %s words   and\tmore", "**Bold** and *it* %s",
            "- item %s\n- item two", "1. first %s\n\n2. loose second", "```\ncode %s\n\n  still code\n```",
            "> quoted %s", "| a | b |\n|---|---|\n| %s | 2 |", "[link %s](https://example.com)",
            "恒信 客户 %s 拜访", "   ", "<b>%s</b>", "`tick %s`", "line one %s\nline two"};
        StringBuilder doc = new StringBuilder();
        int count = random.nextInt(12);
        for (int b = 0; b < count; b++) {
            String word = "w" + random.nextInt(1_000) + " x".repeat(random.nextInt(30));
            doc.append(blocks[random.nextInt(blocks.length)].formatted(word)).append(random.nextBoolean() ? "\n\n"
                    : "\n\n\n");
        }
        return doc.toString();
    }
}
