package io.tacitcrm.mail.domain;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message written once per language in a resource bundle and rendered both as plain text and as HTML. The bundle
 * holds {@code <name>.subject}, {@code .greeting}, {@code .body} (paragraphs apart by a blank line), {@code .action}
 * (the label of the message's one link) and {@code .after}; {@code {placeholders}} take the values given, escaped for
 * HTML where they land in HTML.
 *
 * @param bundle the bundle's base name, read with the class loader of this class
 */
public record MailTemplate(String bundle, String name) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The message for {@code recipient}, in {@code locale} (the bundle's base language where it has none). */
    public OutgoingMail render(Locale locale, String recipient, Map<String, String> values, String link) {
        ResourceBundle texts = ResourceBundle.getBundle(bundle, locale, MailTemplate.class.getClassLoader(),
                NO_FALLBACK);
        String subject = fill(texts.getString(name + ".subject"), values, false).replaceAll("[\\r\\n]+", " ");
        String greeting = texts.getString(name + ".greeting");
        String[] body = texts.getString(name + ".body").split("\\n\\s*\\n");
        String action = texts.getString(name + ".action");
        String after = texts.getString(name + ".after");
        String signature = texts.getString("mail.signature");
        return new OutgoingMail(name, recipient, subject,
                text(values, link, greeting, body, action, after, signature),
                html(values, link, subject, greeting, body, action, after, signature));
    }

    private static String text(Map<String, String> values, String link, String greeting, String[] body,
            String action, String after, String signature) {
        StringBuilder text = new StringBuilder(fill(greeting, values, false)).append("\n\n");
        for (String paragraph : body) {
            text.append(fill(paragraph.strip(), values, false)).append("\n\n");
        }
        text.append(fill(action, values, false)).append('\n').append(link).append("\n\n");
        text.append(fill(after, values, false)).append("\n\n-- \n").append(signature).append('\n');
        return text.toString();
    }

    private static String html(Map<String, String> values, String link, String subject, String greeting,
            String[] body, String action, String after, String signature) {
        String href = escape(link);
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject)).append("</title></head>\n<body style=\"font-family:sans-serif;"
                        + "color:#1f2937;line-height:1.5;max-width:36em;margin:0 auto;padding:1em\">\n");
        html.append("<p>").append(fill(greeting, values, true)).append("</p>\n");
        for (String paragraph : body) {
            // a value may span lines (a digest's list): they stay lines in HTML too
            html.append("<p>").append(fill(paragraph.strip(), values, true).replace("\n", "<br>\n"))
                    .append("</p>\n");
        }
        html.append("<p><a href=\"").append(href).append("\" style=\"display:inline-block;padding:.6em 1.2em;"
                + "background:#1d4ed8;color:#fff;border-radius:6px;text-decoration:none\">")
                .append(fill(action, values, true)).append("</a></p>\n");
        html.append("<p style=\"font-size:.9em;color:#4b5563\">").append(href).append("</p>\n");
        html.append("<p style=\"font-size:.9em;color:#4b5563\">").append(fill(after, values, true)).append("</p>\n");
        html.append("<p style=\"font-size:.9em;color:#4b5563\">").append(escape(signature)).append("</p>\n");
        return html.append("</body></html>\n").toString();
    }

    /** One line of plain text from a template with {@code {placeholders}}, for values composed of several. */
    public static String fill(String template, Map<String, String> values) {
        return fill(template, values, false);
    }

    private static String fill(String template, Map<String, String> values, boolean forHtml) {
        Matcher m = PLACEHOLDER.matcher(forHtml ? escape(template) : template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(forHtml ? escape(value) : value));
        }
        return m.appendTail(out).toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
