package io.tacitcrm.testkit;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A Tacit server for a test run: its own copy of a server's configuration, an embedded PostgreSQL in a temporary
 * folder, and the plugins under test in development mode (from their {@code target/classes}). Started once per test
 * JVM by {@link TacitHostExtension}; stopped, with its database deleted, when the run ends.
 */
public final class TacitHost implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TacitHost.class.getName());

    private final List<String> pluginIds;
    private final EmbeddedDatabase database;
    private final LibertyServer server;
    private final Path wlp;
    private final String serverName;
    private final Path scratch;

    private TacitHost(List<String> pluginIds, EmbeddedDatabase database, LibertyServer server, Path wlp,
                      String serverName, Path scratch) {
        this.pluginIds = pluginIds;
        this.database = database;
        this.server = server;
        this.wlp = wlp;
        this.serverName = serverName;
        this.scratch = scratch;
    }

    /** Starts a host as the system properties (or environment) say; see {@link TacitPluginTest}. */
    static TacitHost start() throws Exception {
        Path wlp = Path.of(setting("tacit.testkit.server").orElseThrow(() -> new IllegalStateException(
                "Set tacit.testkit.server (or TACIT_TESTKIT_SERVER) to the wlp folder of a Tacit server")))
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(wlp.resolve("usr/servers/tacit"))) {
            throw new IllegalStateException(wlp + " is not a Tacit server's wlp folder (no usr/servers/tacit)");
        }
        List<Path> projects = Arrays.stream(setting("tacit.testkit.plugins").orElse(System.getProperty("user.dir"))
                .split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Path.of(s).toAbsolutePath().normalize()).toList();
        List<String> ids = projects.stream().map(TacitHost::pluginId).toList();
        // the run's database, plugins directory and console log; the log stays for reading after a failure
        Path scratch = Path.of(setting("tacit.testkit.work").orElse("target/tacit-testkit")).toAbsolutePath();
        LibertyServer.deleteRecursively(scratch);
        Files.createDirectories(scratch.resolve("plugins"));
        String name = "tacit-kit-" + ProcessHandle.current().pid();
        LibertyServer.copyServer(wlp, "tacit", name);
        EmbeddedDatabase database = EmbeddedDatabase.start(scratch.resolve("database"), freePort());
        Map<String, String> environment = new HashMap<>(database.settings().environment());
        environment.put("TACIT_PLUGINS_DIR", scratch.resolve("plugins").toString());
        environment.put("TACIT_PLUGINS_DEV", projects.stream().map(Path::toString).collect(Collectors.joining(",")));
        environment.put("TACIT_SERVER_NAME", name);
        environment.put("TACIT_JOBS_TICK_SECONDS", setting("tacit.testkit.jobs-tick-seconds").orElse("1"));
        LibertyServer server = LibertyServer.start(wlp, name, freePort(), environment,
                Optional.of(scratch.resolve("server-console.log")));
        TacitHost host = new TacitHost(ids, database, server, wlp, name, scratch);
        try {
            Duration ready = server.awaitReady(Duration.ofMinutes(4));
            LOG.info(() -> "Tacit test host ready in " + ready.toMillis() + " ms at " + server.baseUri() + " with "
                    + ids + " in development mode");
            return host;
        } catch (RuntimeException | InterruptedException e) {
            host.close();
            throw e;
        }
    }

    public URI baseUri() {
        return server.baseUri();
    }

    /** The ids of the plugins under test. */
    public List<String> pluginIds() {
        return pluginIds;
    }

    /** A client of the host's API, signed in as nobody. */
    public TacitClient anonymous() {
        return new TacitClient(baseUri());
    }

    /** The database's superuser, to look behind the tenant walls (checking what a test wrote). */
    public DataSource superuser() {
        return database.superuser();
    }

    /**
     * The server's log, where plugins' lines appear under {@code tacit.plugin.<id>}; kept after the run (the server's
     * copy is replaced at the next run), beside the console log in {@code target/tacit-testkit}.
     */
    public Path messagesLog() {
        return wlp.resolve("usr/servers").resolve(serverName).resolve("logs/messages.log");
    }

    /** Signs up a new company, its administrator signed in, with every plugin under test switched on. */
    public Company newCompany(String prefix) {
        String readable = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        readable = readable.isEmpty() ? "kit" : readable.substring(0, Math.min(20, readable.length()))
                .replaceAll("-+$", "");
        String workspace = readable + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "admin@" + workspace + ".example";
        TacitClient.Reply signedUp = anonymous().post("signup", Json.createObjectBuilder()
                .add("company", "Company " + workspace).add("workspace", workspace).add("adminName", "Admin")
                .add("adminEmail", email).add("password", Company.PASSWORD).add("locale", "en").build());
        if (signedUp.status() != 201) {
            throw new IllegalStateException("sign-up failed: " + signedUp.status() + " " + signedUp.body());
        }
        TacitClient admin = anonymous().login(workspace, email, Company.PASSWORD);
        for (String id : pluginIds) {
            TacitClient.Reply on = admin.patch("plugins/" + id, Json.createObjectBuilder().add("enabled", true)
                    .build(), null);
            if (on.status() != 200) {
                throw new IllegalStateException("switching " + id + " on failed: " + on.status() + " " + on.body());
            }
        }
        return new Company(workspace, email, admin, this);
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            database.close();
            LibertyServer.deleteRecursively(scratch.resolve("database"));
        }
    }

    private static String pluginId(Path project) {
        Path descriptor = project.resolve("target/classes/plugin.properties");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(descriptor)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("No " + descriptor + ": compile the plugin first, with src/main/plugin"
                    + " among its filtered resources", e);
        }
        return properties.getProperty("plugin.id", "").strip();
    }

    private static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getProperty(name)).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(System.getenv(name.toUpperCase().replaceAll("[^A-Z0-9]", "_")))
                        .filter(s -> !s.isBlank()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
