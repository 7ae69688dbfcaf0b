package io.tacitcrm.knowledge.domain;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown to HTML that is safe to put into a page. Two layers: CommonMark escapes any raw HTML in the text and drops
 * unsafe link targets; the OWASP sanitizer then keeps only formatting, blocks, tables, links (http, https, mailto) and
 * images — so script, event handlers and {@code javascript:} links never reach a browser, whatever slips past the
 * first.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory());

    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private MarkdownRenderer() {
    }

    /** The text a reader sees, without markup, whitespace collapsed (shown as text, never as HTML). */
    public static String toPlainText(String markdown) {
        return collapsed(TEXT.render(PARSER.parse(markdown)), Integer.MAX_VALUE);
    }

    /**
     * The start of {@link #toPlainText}: its first {@code max} characters, followed by "…" when there is more. Lists
     * show an excerpt of every article, and parsing whole bodies for them was two fifths of a search's CPU, so only
     * the leading blocks are parsed — whole blocks (cut at a blank line), as many as the excerpt needs. A body with
     * link reference definitions, which may sit at its end and change how its start reads, is parsed whole.
     */
    public static String excerpt(String markdown, int max) {
        boolean definitions = REFERENCE_DEFINITION.matcher(markdown).find();
        for (int budget = max * 4; ; budget *= 4) {
            String head = definitions ? markdown : leadingBlocks(markdown, budget);
            String text = collapsed(TEXT.render(PARSER.parse(head)), max + 1);
            if (text.length() > max) {
                return text.substring(0, max) + "…";
            }
            if (head.length() == markdown.length()) {
                return text;
            }
        }
    }

    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:");

    /** The blocks that start within the first {@code chars} characters: cut at the first blank line after them. */
    private static String leadingBlocks(String markdown, int chars) {
        if (markdown.length() <= chars) {
            return markdown;
        }
        int blank = markdown.indexOf("\n\n", chars);
        return blank < 0 ? markdown : markdown.substring(0, blank);
    }

    /** Runs of whitespace as one space, without leading or trailing space, at most {@code max} characters. */
    private static String collapsed(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                    if (out.length() == max) {
                        break;
                    }
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    public static String toSafeHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
