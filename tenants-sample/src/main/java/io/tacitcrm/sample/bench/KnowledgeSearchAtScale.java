package io.tacitcrm.sample.bench;

import io.tacitcrm.knowledge.domain.ArticleContent;
import io.tacitcrm.knowledge.domain.SearchTerms;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.LibertyServer;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Knowledge base search at scale (issue 5): 50,000 published articles in one tenant — half Chinese, a third English,
 * the
 * rest mixed — plus 20,000 in a second tenant, indexed by the plugin's own term rule. Measured through REST on the
 * packaged server with the knowledge plugin loaded from its plugins directory: ranked searches for common and rare
 * English words, several words, common and rare Chinese words, a Chinese phrase, one character, and the unfiltered
 * list.
 * Deterministic (seed 11). Run after building:
 * {@code mvn -pl tenants-sample exec:java -Dexec.mainClass=io.tacitcrm.sample.bench.KnowledgeSearchAtScale
 * -Dtacit.wlp.dir=$PWD/ui/target/liberty/wlp}
 */
public final class KnowledgeSearchAtScale {

    private static final int ARTICLES = 50_000;
    private static final int OTHER_TENANT_ARTICLES = 20_000;
    private static final int RUNS = 300;
    private static final int WARM_UP = 300;
    private static final String PASSWORD = "Bench-password-42";

    private KnowledgeSearchAtScale() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkReport report = new BenchmarkReport("knowledge-search-at-scale");
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "../ui/target/liberty/wlp")).toAbsolutePath();
        Path dir = Path.of("target/bench-knowledge-db");
        AccessModelAtScale.deleteRecursively(dir);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 15496);
             LibertyServer server = LibertyServer.startCopy(wlp, "tacit", 19182, db.settings().environment(),
                     Optional.of(Path.of("target/benchmarks/knowledge-server-console.log").toAbsolutePath()))) {
            server.awaitReady(Duration.ofMinutes(5));
            TacitClient api = new TacitClient(server.baseUri());
            Workspace measured = signUp(api, "kb-scale");
            Workspace other = signUp(api, "kb-other");
            long t0 = System.nanoTime();
            ArticleText text = new ArticleText(new Random(11));
            try (Connection c = db.superuser().getConnection()) {
                insert(c, measured, ARTICLES, text);
                insert(c, other, OTHER_TENANT_ARTICLES, text);
                c.createStatement().execute("analyze plugin_knowledge.article; analyze plugin_knowledge.article_term");
                try (var rs = c.createStatement().executeQuery("select count(*) from plugin_knowledge.article_term")) {
                    rs.next();
                    long terms = rs.getLong(1);
                    report.line(String.format("data: %,d articles in the measured tenant, %,d in another; %,d index "
                            + "rows; generated in %d s",
                            ARTICLES, OTHER_TENANT_ARTICLES, terms, (System.nanoTime() - t0) / 1_000_000_000));
                }
            }
            for (Map.Entry<String, String> query : text.queries().entrySet()) {
                measure(report, measured.client(), query.getKey(), query.getValue());
            }
        }
        report.write();
    }

    record Workspace(UUID tenant, UUID admin, TacitClient client) {
    }

    private static Workspace signUp(TacitClient api, String prefix) {
        String workspace = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var signup = api.post("signup", Json.createObjectBuilder().add("company", "Knowledge Co").add("workspace",
                workspace)
                .add("adminName", "Author").add("adminEmail", "author@" + workspace + ".example").add("password",
                        PASSWORD)
                .add("locale", "en").build());
        TacitClient admin = api.login(workspace, "author@" + workspace + ".example", PASSWORD);
        var on = admin.patch("plugins/knowledge", Json.createObjectBuilder().add("enabled", true).build(), null);
        if (on.status() != 200) {
            throw new IllegalStateException("the knowledge plugin is not active on the server: " + on.status() + " "
                    + on.body());
        }
        return new Workspace(UUID.fromString(signup.body().getString("tenantId")), UUID.fromString(signup.body()
                .getString("adminUserId")), admin);
    }

    private static void measure(BenchmarkReport report, TacitClient client, String name, String query) {
        String path = "x/knowledge/articles?limit=25" + (query.isEmpty() ? "" : "&q=" + URLEncoder.encode(query,
                StandardCharsets.UTF_8));
        var first = client.get(path);
        if (first.status() != 200) {
            throw new IllegalStateException(first.status() + " " + first.body());
        }
        int shown = first.body().getJsonArray("items").size();
        Stats rest = new Stats(RUNS);
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            var reply = client.get(path);
            long elapsed = System.nanoTime() - start;
            if (reply.status() != 200) {
                throw new IllegalStateException(reply.status() + " " + reply.body());
            }
            if (i >= WARM_UP) {
                rest.add(elapsed);
            }
        }
        report.line(String.format("search %-34s %-14s REST %s (first page %d)", name, "'" + query + "'",
                rest.summary(), shown));
    }

    /** Articles written straight into the plugin's tables with COPY, terms computed by the plugin's own rule. */
    static void insert(Connection c, Workspace w, int count, ArticleText text) throws SQLException,
            IOException {
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder articles = new StringBuilder();
        StringBuilder terms = new StringBuilder();
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ArticleContent content = text.next();
            String at = start.plusSeconds(600L * i).toString();
            articles.append(String.join("\t", w.tenant().toString(), id.toString(), Copy.text(content.title()),
                    content.category(),
                    Copy.array(content.tags()), "PUBLISHED", Copy.text(content.body()), "1", w.admin().toString(), at,
                            at, w.admin().toString(), at)).append('\n');
            SearchTerms.of(content).forEach((term, weight) -> terms.append(w.tenant()).append('\t')
                    .append(Copy.text(term)).append('\t')
                    .append(id).append('\t').append(weight).append("\tPUBLISHED\t").append(content.category())
                            .append('\t')
                    .append(at).append('\n'));
            if ((i + 1) % 5_000 == 0 || i == count - 1) {
                copy.copyIn("copy plugin_knowledge.article (tenant_id, id, title, category, tags, status, body, "
                        + "version, author_id,"
                        + " created_at, updated_at, updated_by, published_at) from stdin",
                                new StringReader(articles.toString()));
                copy.copyIn("copy plugin_knowledge.article_term (tenant_id, term, article_id, weight, status, "
                        + "category, updated_at) from stdin",
                        new StringReader(terms.toString()));
                articles.setLength(0);
                terms.setLength(0);
            }
        }
    }

    /** PostgreSQL COPY text format. */
    private static final class Copy {

        static String text(String value) {
            return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        }

        static String array(List<String> values) {
            List<String> quoted = new ArrayList<>();
            values.forEach(v -> quoted.add('"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"'));
            return text("{" + String.join(",", quoted) + "}");
        }
    }
}
