package io.tacitcrm.it.support;

import io.tacitcrm.identity.domain.PasswordHasher;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.DatabaseSettings;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.LocalMail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The packaged server under test, with a fresh embedded PostgreSQL (or the database the {@code citus} profile
 * started). Started once per test JVM on first use; the
 * {@link TestServerLifecycle} stops it when the run ends.
 */
public final class TestServer {

    private static final Logger LOG = Logger.getLogger(TestServer.class.getName());
    private static TestServer instance;
    /** How long the server under test lets a plugin call run. */
    public static final Duration PLUGIN_TIMEOUT = Duration.ofSeconds(2);
    /** The cap on workspace ids in the metrics' labels, small so that a test can pass it. */
    public static final int METRICS_TENANT_LABELS = 20;
    /** The operator configuration creates (the operators' realm; not a user of any workspace). */
    public static final String OPS_EMAIL = "ada@ops.tacit.test";
    public static final String OPS_PASSWORD = "Operator-Pass-2026";
    private static final int PASSWORD_ITERATIONS = 1_000;
    private static final String OPS_PASSWORD_HASH = new PasswordHasher(PASSWORD_ITERATIONS).hash(OPS_PASSWORD);

    private final DatabaseUnderTest database;
    private final LocalMail mail;
    private final LibertyServer server;
    private final Path arquillianDropin;
    private ApiContract contract;

    private TestServer(DatabaseUnderTest database, LocalMail mail, LibertyServer server, Path arquillianDropin) {
        this.database = database;
        this.mail = mail;
        this.server = server;
        this.arquillianDropin = arquillianDropin;
    }

    public static synchronized TestServer get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the server under test: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    static synchronized void stopIfStarted() throws Exception {
        if (instance != null) {
            instance.server.close();
            instance.database.close();
            instance.mail.close();
            Files.deleteIfExists(instance.arquillianDropin);
            instance = null;
        }
    }

    private static TestServer start() throws Exception {
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "target/liberty/wlp")).toAbsolutePath();
        Path target = wlp.getParent().getParent();
        Path dbDir = target.resolve("it-database");
        deleteRecursively(dbDir);
        DatabaseUnderTest database = DatabaseUnderTest.start(dbDir, freePort());
        LocalMail mail = LocalMail.start(freePort());
        Path dropin = writeArquillianDropin(wlp.resolve("usr/servers/tacit/configDropins/overrides/arquillian.xml"));
        int httpPort = Integer.getInteger("tacit.test.port", 19080);
        // the knowledge base and the misbehaving test plugins
        Map<String, String> environment = environment(database, mail, target.resolve("it-plugins"), "first");
        LibertyServer server = LibertyServer.start(wlp, "tacit", httpPort, environment,
                Optional.of(target.resolve("it-server-console.log")));
        Duration ready = server.awaitReady(Duration.ofMinutes(4));
        LOG.info(() -> "Server under test ready in " + ready.toMillis() + " ms at " + server.baseUri());
        return new TestServer(database, mail, server, dropin);
    }

    /**
     * A second server on the same database and plugins, as a cluster's second node: a copy of the packaged server's
     * configuration under another name and port. The caller closes it (and so stops it).
     */
    public LibertyServer startAnother(String name) throws Exception {
        return startAnother(name, Map.of());
    }

    /** As {@link #startAnother(String)}, with plugins from {@code plugins} (an upgrade test's own directory). */
    public LibertyServer startAnother(String name, Path plugins) throws Exception {
        return startAnother(name, plugins, Map.of());
    }

    /** As {@link #startAnother(String)}, with settings of its own ({@code TACIT_ADMISSION_BACKLOG}: "0"). */
    public LibertyServer startAnother(String name, Map<String, String> settings) throws Exception {
        Path target = Path.of(System.getProperty("tacit.wlp.dir", "target/liberty/wlp")).toAbsolutePath().getParent()
                .getParent();
        return startAnother(name, target.resolve("it-plugins"), settings);
    }

    private LibertyServer startAnother(String name, Path plugins, Map<String, String> settings) throws Exception {
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "target/liberty/wlp")).toAbsolutePath();
        Path target = wlp.getParent().getParent();
        LibertyServer.copyServer(wlp, "tacit", name);
        Map<String, String> environment = environment(database, mail, plugins, name);
        // a server of one test lives a minute or two, never long enough for the optimizing compiler to pay back:
        // without it, it starts in ~23 s instead of ~39 on two cores (docs/performance.md, "An eighth look")
        environment.put("JVM_ARGS", "-XX:TieredStopAtLevel=1");
        environment.putAll(settings);
        LibertyServer another = LibertyServer.start(wlp, name, freePort(), environment,
                Optional.of(target.resolve("it-" + name + "-console.log")));
        try {
            another.awaitReady(Duration.ofMinutes(4));
        } catch (RuntimeException | InterruptedException e) {
            another.close();
            throw e;
        }
        return another;
    }

    /**
     * What every server under test is told: the database, the mail server, its plugins, a short time limit (keeps the
     * hanging test plugins quick), a job tick of a second, and its name.
     */
    private static Map<String, String> environment(DatabaseUnderTest database, LocalMail mail, Path plugins,
            String name) {
        Map<String, String> environment = new HashMap<>(database.settings().environment());
        environment.putAll(mail.environment());
        environment.put("TACIT_MAIL_SWEEP_SECONDS", "1");
        environment.put("TACIT_REMINDERS_DIGEST_SWEEP_SECONDS", "1");
        environment.put("TACIT_PLUGINS_DIR", plugins.toString());
        environment.put("TACIT_PLUGINS_TIMEOUT_MS", Long.toString(PLUGIN_TIMEOUT.toMillis()));
        environment.put("TACIT_JOBS_TICK_SECONDS", "1");
        environment.put("TACIT_SERVER_NAME", name);
        // every sign-up and sign-in of the suite pays the hash; a real server keeps OWASP's 210,000 iterations
        environment.put("TACIT_PASSWORD_ITERATIONS", Integer.toString(PASSWORD_ITERATIONS));
        environment.put("TACIT_OPS_EMAIL", OPS_EMAIL);
        environment.put("TACIT_OPS_NAME", "Ada Operator");
        environment.put("TACIT_OPS_PASSWORD_HASH", OPS_PASSWORD_HASH);
        environment.put("TACIT_OPS_SESSION_MINUTES", "240");
        environment.put("TACIT_OPS_API_USAGE_FLUSH_SECONDS", "1");
        environment.put("TACIT_OPS_RATE_LIMIT_AGE_SECONDS", "1");
        environment.put("TACIT_OPS_DELETION_GRACE_MINUTES", "0");
        environment.put("TACIT_OPS_DELETION_SWEEP_SECONDS", "1");
        environment.put("TACIT_METRICS_TENANT_LABELS", Integer.toString(METRICS_TENANT_LABELS));
        return environment;
    }

    /** Lets Arquillian deploy into this running server (local JMX connector, deployments triggered by MBean). */
    private static Path writeArquillianDropin(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                <server>
                  <featureManager><feature>localConnector-1.0</feature></featureManager>
                  <applicationMonitor updateTrigger="mbean" dropinsEnabled="false"/>
                </server>
                """);
        return file;
    }

    /** The mailbox every message the server sends arrives in. */
    public LocalMail mail() {
        return mail;
    }

    /** The server's log, where plugin verdicts and failures are written. */
    public Path messagesLog() {
        return Path.of(System.getProperty("tacit.wlp.dir", "target/liberty/wlp")).toAbsolutePath()
                .resolve("usr/servers/tacit/logs/messages.log");
    }

    public URI baseUri() {
        return server.baseUri();
    }

    /**
     * An anonymous API client; log in or sign up with it. Every response it (and every client made from it) receives
     * is held to the server's API document.
     */
    public TacitClient api() {
        return new TacitClient(baseUri()).observedBy(contract());
    }

    /** An anonymous client of the operators' API, held to the same API document. */
    public TacitClient opsApi() {
        return TacitClient.operators(baseUri()).observedBy(contract());
    }

    /** The server's API document, read once, as the judge of every response the tests receive. */
    public synchronized ApiContract contract() {
        if (contract == null) {
            contract = ApiContract.of(baseUri());
        }
        return contract;
    }

    /** The superuser, to look behind both walls (checking what a test changed). */
    public DataSource superuser() {
        return database.superuser();
    }

    /** How the server reaches its database (the demo loader writes its history as the application role). */
    public DatabaseSettings databaseSettings() {
        return database.settings();
    }

    /** A plain JDBC connection as the application role, bypassing the ORM entirely (row-level security alone). */
    public Connection applicationRoleConnection() throws SQLException {
        DatabaseSettings s = database.settings();
        Properties properties = new Properties();
        properties.setProperty("user", s.appUser());
        properties.setProperty("password", s.appPassword());
        properties.setProperty("ApplicationName", DatabaseUnderTest.CLIENT_NAME);
        return DriverManager.getConnection(s.url(), properties);
    }

    /** A port no one listens on now, for a server or database a test starts of its own. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
