package io.tacitcrm.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tacitcrm.testkit.LocalMail.Mail;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run command's mailbox: every message the local server sent, newest first, on a page served on the loopback
 * address only — so a newcomer can follow an invitation or a password link without a mail account, and nobody else
 * on the network can read them. {@code /} lists the messages; {@code /html/N} shows message N as the recipient's
 * mail program would (scripts and remote content blocked).
 */
public final class MailPage implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final String SANDBOX = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private final HttpServer server;

    private MailPage(HttpServer server) {
        this.server = server;
    }

    /** Serves {@code mail} on {@code http://127.0.0.1:port/}. */
    public static MailPage serve(LocalMail mail, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                List<Mail> received = mail.received();
                if (path.equals("/")) {
                    reply(exchange, 200, list(received), "default-src 'none'; style-src 'unsafe-inline'");
                } else if (path.matches("/html/\\d{1,6}") && index(path) < received.size()) {
                    reply(exchange, 200, received.get(index(path)).html(), SANDBOX);
                } else {
                    reply(exchange, 404, "<p>Not found</p>", SANDBOX);
                }
            }
        });
        server.start();
        return new MailPage(server);
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static int index(String path) {
        return Integer.parseInt(path.substring("/html/".length()));
    }

    private static String list(List<Mail> received) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tacit CRM · local mail</title>
                <style>body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;color:#1f2937}
                article{border:1px solid #d1d5db;border-radius:8px;padding:.5em 1em;margin:1em 0}
                pre{white-space:pre-wrap;font-family:inherit}.meta{color:#4b5563;font-size:.9em}</style></head><body>
                <h1>Mail sent by the local server</h1>
                <p class="meta">Only this computer can open this page. Newest first; reload for new mail.</p>
                """);
        if (received.isEmpty()) {
            page.append("<p>No mail yet. Invite someone (Settings → Users) or ask for a password reset.</p>");
        }
        for (int i = received.size() - 1; i >= 0; i--) {
            Mail m = received.get(i);
            page.append("<article><p class=\"meta\">").append(escape(m.received().toString())).append(" · to ")
                    .append(escape(m.to())).append(" · <a href=\"/html/").append(i).append("\">as HTML</a></p><h2>")
                    .append(escape(m.subject())).append("</h2><pre>").append(linked(m.text()))
                    .append("</pre></article>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    /** The text, escaped, with its web addresses as links. */
    private static String linked(String text) {
        Matcher m = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(escape(text.substring(last, m.start())));
            String href = escape(m.group());
            out.append("<a href=\"").append(href).append("\">").append(href).append("</a>");
            last = m.end();
        }
        return out.append(escape(text.substring(last))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void reply(HttpExchange exchange, int status, String html, String policy) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Content-Security-Policy", policy);
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
