package io.tacitcrm.sample.launch;

import io.tacitcrm.sample.demo.DemoTenant;
import io.tacitcrm.testkit.DatabaseSettings;
import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.LocalMail;
import io.tacitcrm.testkit.MailPage;
import io.tacitcrm.testkit.TacitClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The README's run command: starts the embedded PostgreSQL (unless {@code DB_URL} names a real one), runs the packaged
 * Open Liberty server, loads the demo tenant once, and says where to log in. Ctrl-C stops both.
 *
 * <p>Without {@code SMTP_HOST} it also starts a local SMTP server and shows what the server sent on a page only this
 * computer can open ({@link MailPage}), so that invitation and password links can be followed.
 *
 * <p>Settings: {@code tacit.wlp.dir} (system property, set by the build), {@code HTTP_PORT} (9080),
 * {@code TACIT_DATA_DIR} (embedded database files; default beside the server in {@code target/}),
 * {@code TACIT_DB_PORT} (15432), {@code TACIT_SMTP_PORT} (2525) and {@code TACIT_MAIL_PAGE_PORT} (9081).
 */
public final class DevServer {

    private static final Logger LOG = Logger.getLogger("io.tacitcrm.sample");

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        useOneLineLogs();
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "ui/target/liberty/wlp")).toAbsolutePath();
        int httpPort = Integer.parseInt(env("HTTP_PORT", "9080"));
        Path dataDir = Path.of(env("TACIT_DATA_DIR", wlp.getParent().getParent().resolve("tacit-data").toString()));
        Optional<EmbeddedDatabase> embedded = DatabaseSettings.fromEnvironment().isPresent()
                ? Optional.empty()
                : Optional.of(EmbeddedDatabase.start(dataDir, Integer.parseInt(env("TACIT_DB_PORT", "15432"))));
        DatabaseSettings db = DatabaseSettings.fromEnvironment().orElseGet(() -> embedded.orElseThrow().settings());
        long launched = System.nanoTime();
        Map<String, String> environment = new HashMap<>(db.environment());
        Optional<LocalMail> mail = env("SMTP_HOST", "").isBlank()
                ? Optional.of(LocalMail.start(Integer.parseInt(env("TACIT_SMTP_PORT", "2525"))))
                : Optional.empty();
        Optional<MailPage> mailPage = mail.isPresent()
                ? Optional.of(MailPage.serve(mail.get(), Integer.parseInt(env("TACIT_MAIL_PAGE_PORT", "9081"))))
                : Optional.empty();
        mail.ifPresent(m -> environment.putAll(m.environment()));
        String development = System.getProperty("tacit.plugins.dev", "");
        if (!development.isBlank()) {
            environment.put("TACIT_PLUGINS_DEV", development);
            LOG.info(() -> "Plugins in development mode (recompile one to reload it): " + development);
        }
        // the first operator is created with this token, which opens nothing once an operator exists
        String bootstrapToken = env("TACIT_OPS_BOOTSTRAP_TOKEN", randomToken());
        environment.put("TACIT_OPS_BOOTSTRAP_TOKEN", bootstrapToken);
        LibertyServer server = LibertyServer.start(wlp, "tacit", httpPort, environment, Optional.empty());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(server, embedded);
            mailPage.ifPresent(MailPage::close);
            mail.ifPresent(LocalMail::close);
        }, "tacit-shutdown"));
        server.awaitReady(Duration.ofMinutes(5));
        long readyMillis = (System.nanoTime() - launched) / 1_000_000;
        DemoTenant.loadOnce(new TacitClient(server.baseUri()), db);
        boolean noOperatorYet = TacitClient.operators(server.baseUri()).get("bootstrap").body()
                .getBoolean("open", false);
        LOG.info(() -> String.join("\n",
                "",
                "==================================================================",
                " Tacit CRM is ready (server up in " + readyMillis + " ms): " + server.baseUri(),
                " Workspace: " + DemoTenant.WORKSPACE + "    password for every demo login: " + DemoTenant.PASSWORD,
                " Logins:    " + DemoTenant.ADMIN.email() + " (general manager, admin)",
                DemoTenant.TEAM.stream().map(p -> "            " + p.email() + " (" + p.name() + ")")
                        .reduce((a, b) -> a + "\n" + b).orElse(""),
                "            and 20 more reps and two regional managers (see the role tree), same password",
                " API docs:  " + server.baseUri().resolve("/openapi/ui/") + "    health: " + server.baseUri()
                        .resolve("/health"),
                noOperatorYet
                        ? " Operators: " + server.baseUri().resolve("/ops/bootstrap") + "  one-time token: "
                                + bootstrapToken
                        : " Operators: " + server.baseUri().resolve("/ops"),
                mailPage.map(page -> " Mail:      " + page.address() + " (what the server sent; this computer only)")
                        .orElse(" Mail:      sent through " + env("SMTP_HOST", "")),
                " Stop with Ctrl-C.",
                "=================================================================="));
        server.process().waitFor();
    }

    private static void stop(LibertyServer server, Optional<EmbeddedDatabase> embedded) {
        try {
            server.close();
            if (embedded.isPresent()) {
                embedded.get().close();
            }
        } catch (Exception e) {
            LOG.warning("Shutdown was not clean: " + e.getMessage());
        }
    }

    private static String randomToken() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void useOneLineLogs() {
        Logger root = Logger.getLogger("");
        for (var handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                return "[tacit] " + formatMessage(record) + System.lineSeparator();
            }
        });
        root.addHandler(console);
        // zonky narrates initdb and every server log line; only its problems matter here
        Logger.getLogger("io.zonky").setLevel(Level.WARNING);
    }
}
