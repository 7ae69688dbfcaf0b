package io.tacitcrm.plugin.infrastructure;

import io.tacitcrm.api.CrmModule;
import io.tacitcrm.api.PlatformVersion;
import io.tacitcrm.plugin.domain.InstalledPlugin;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.plugin.domain.PluginHeap;
import io.tacitcrm.plugin.domain.PluginStatus;
import io.tacitcrm.plugin.domain.PluginStopped;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * PF4J behind the catalog. At start-up (after the core schema is migrated) every plugin archive in the directory (the
 * newest of each id, see {@link PluginArchives}) is checked against the platform API version, started, migrated and
 * checked for the tenant wall; only plugins that pass all of it become ACTIVE. Each verdict is logged with the
 * plugin's id.
 */
@ApplicationScoped
public class Pf4jPluginCatalog implements PluginCatalog {

    private static final Logger LOG = Logger.getLogger(Pf4jPluginCatalog.class.getName());

    @Inject
    @ConfigProperty(name = "tacit.plugins.dir")
    Optional<String> directory;
    @Inject
    @ConfigProperty(name = "tacit.server.name")
    Optional<String> serverName;
    /** Plugin projects to load from their target/classes (development mode), comma-separated; reloaded on change. */
    @Inject
    @ConfigProperty(name = "tacit.plugins.dev")
    Optional<List<String>> development;
    @Inject
    @ConfigProperty(name = "db.user")
    String applicationRole;
    @Resource(lookup = "jdbc/tacitOwner")
    DataSource ownerDataSource;
    @Inject
    Event<PluginStopped> stopped;

    private final Map<String, InstalledPlugin> installed = new ConcurrentHashMap<>();
    private final Map<String, Map<Class<?>, List<?>>> extensions = new ConcurrentHashMap<>();
    /** Each active plugin's code, as the package its extensions share (e.g. io.tacitcrm.knowledge). */
    private final Map<String, String> packages = new ConcurrentHashMap<>();
    private PluginManager manager;
    private PluginSchemas schemas;
    private Path work;
    private DevelopmentReloader reloader;
    private volatile boolean loaded;

    void loadOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION
            + 1000) @Initialized(ApplicationScoped.class) Object started) {
        Optional<Path> dir = directory.filter(d -> !d.isBlank()).map(Path::of).filter(Files::isDirectory);
        if (dir.isEmpty()) {
            LOG.info(() -> "No plugins directory at " + directory.orElse("(tacit.plugins.dir unset)")
                    + "; no plugins loaded");
            loaded = true;
            return;
        }
        // exactly the archives present, newest of each id, unpacked afresh: no stale folder can win
        List<Path> projects = development.orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Path.of(s).toAbsolutePath().normalize()).toList();
        PluginArchives.Prepared archives =
                PluginArchives.prepare(dir.get(), serverName.or(() -> Optional.ofNullable(
                        System.getProperty("wlp.server.name"))).orElse("server"), projects,
                        new DefaultVersionManager()::compareVersions);
        manager = new DefaultPluginManager(List.of(archives.work())) {
            @Override
            protected PluginLoader createPluginLoader() {
                return PluginClasses.loader(this); // every plugin is a folder here (PluginArchives unpacks them)
            }
        };
        manager.setSystemVersion(PlatformVersion.CURRENT);
        manager.loadPlugins();
        schemas = new PluginSchemas(ownerDataSource, applicationRole);
        for (PluginWrapper plugin : manager.getPlugins()) {
            InstalledPlugin verdict = admit(plugin, schemas);
            installed.put(verdict.id(), verdict);
        }
        for (PluginArchives.Refused refused : archives.refused()) {
            InstalledPlugin verdict = new InstalledPlugin(refused.id(), refused.version(), "", "", "",
                    PluginStatus.REFUSED, Optional.of(refused.why()));
            installed.merge(refused.id(), verdict, (loaded, duplicate) -> loaded.noting(refused.why()));
        }
        LOG.info(() -> "Plugins from " + dir.get() + ": " + installed.values().stream()
                .sorted(Comparator.comparing(InstalledPlugin::id)).map(p -> p.id() + " " + p.status()).toList());
        if (!archives.developing().isEmpty()) {
            work = archives.work();
            reloader = DevelopmentReloader.watch(archives.developing(), this::reload);
        }
        loaded = true;
    }

    /**
     * Development mode: the plugin's classes changed (a recompile), so it is stopped, unloaded and loaded afresh —
     * migrated, checked and admitted like at start — without restarting the server.
     */
    synchronized void reload(String id) {
        stopQuietly(id);
        try {
            manager.unloadPlugin(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Plugin '" + id + "' did not unload cleanly");
        }
        extensions.remove(id);
        packages.remove(id);
        try {
            String loaded = manager.loadPlugin(work.resolve(id));
            installed.put(id, admit(manager.getPlugin(loaded), schemas));
            LOG.info(() -> "Plugin '" + id + "' reloaded from its development folder: " + installed.get(id).status());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Plugin '" + id + "' could not be reloaded: " + e.getMessage());
            installed.computeIfPresent(id, (k, v) -> v.withStatus(PluginStatus.FAILED, "reload: " + e.getMessage()));
        }
    }

    private InstalledPlugin admit(PluginWrapper plugin, PluginSchemas schemas) {
        var d = plugin.getDescriptor();
        String id = d.getPluginId();
        InstalledPlugin found = new InstalledPlugin(id, d.getVersion(), utf8(nonNull(d.getProvider())),
                utf8(nonNull(d.getPluginDescription())), nonNull(d.getRequires()), PluginStatus.ACTIVE,
                Optional.empty());
        if (!manager.getVersionManager().checkVersionConstraint(PlatformVersion.CURRENT, found.requires())) {
            LOG.severe(() -> "Plugin '" + id + "' " + found.version() + " refused: it requires platform API "
                    + found.requires() + ", but this server provides " + PlatformVersion.CURRENT);
            return found.withStatus(PluginStatus.INCOMPATIBLE,
                    "requires platform API " + found.requires() + "; this server provides " + PlatformVersion.CURRENT);
        }
        try {
            if (manager.startPlugin(id) != PluginState.STARTED) {
                String why = Optional.ofNullable(plugin.getFailedException()).map(Throwable::toString)
                        .orElse("did not start");
                LOG.severe(() -> "Plugin '" + id + "' failed to start: " + why);
                return found.withStatus(PluginStatus.FAILED, why);
            }
            Optional<CrmModule> module = manager.getExtensions(CrmModule.class, id).stream()
                    .filter(m -> id.equals(m.id())).findFirst();
            String location = module.map(CrmModule::migrations).orElse("db/plugin/" + id);
            int ran = schemas.migrate(id, plugin.getPluginClassLoader(), location);
            List<String> problems = schemas.wallProblems(id);
            if (!problems.isEmpty()) {
                manager.stopPlugin(id);
                LOG.severe(() -> "Plugin '" + id + "' refused: its tables do not keep the tenant wall: "
                        + String.join("; ", problems));
                return found.withStatus(PluginStatus.REFUSED, "tenant wall: " + String.join("; ", problems));
            }
            commonPackage(manager.getExtensionClassNames(id)).ifPresent(p -> packages.put(id, p));
            LOG.info(() -> "Plugin '" + id + "' " + found.version() + " active (" + ran + " migrations run)");
            return found;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Plugin '" + id + "' refused: " + e.getMessage());
            stopQuietly(id);
            return found.withStatus(PluginStatus.REFUSED, e.getMessage());
        }
    }

    @Override
    public boolean loaded() {
        return loaded;
    }

    @Override
    public List<InstalledPlugin> installed() {
        return installed.values().stream().sorted(Comparator.comparing(InstalledPlugin::id)).toList();
    }

    @Override
    public Optional<InstalledPlugin> find(String pluginId) {
        return Optional.ofNullable(installed.get(pluginId));
    }

    @Override
    public Optional<String> pluginOf(String className) {
        return packages.entrySet().stream().filter(e -> className.startsWith(e.getValue() + "."))
                .map(Map.Entry::getKey).findFirst();
    }

    /**
     * The longest package all these classes share, if it is specific enough (two segments or more) to name a plugin.
     */
    static Optional<String> commonPackage(Set<String> classNames) {
        Optional<String> common = classNames.stream().map(n -> n.substring(0, Math.max(0, n.lastIndexOf('.'))))
                .reduce((a, b) -> {
                    while (!(b + ".").startsWith(a + ".") && a.contains(".")) {
                        a = a.substring(0, a.lastIndexOf('.'));
                    }
                    return (b + ".").startsWith(a + ".") ? a : "";
                });
        return common.filter(p -> p.chars().filter(ch -> ch == '.').count() >= 1);
    }

    @Override
    public synchronized boolean stop(String pluginId, String why) {
        InstalledPlugin plugin = installed.get(pluginId);
        if (plugin == null || !plugin.isActive()) {
            return false;
        }
        installed.put(pluginId, plugin.withStatus(PluginStatus.STOPPED, why));
        extensions.remove(pluginId);
        stopQuietly(pluginId);
        stopped.fire(new PluginStopped(pluginId));
        // unloaded, so that its classes and what their static fields hold can be collected once nothing else does
        try {
            manager.unloadPlugin(pluginId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Plugin '" + pluginId + "' did not unload cleanly");
        }
        LOG.severe(() -> "Plugin '" + pluginId + "' stopped by the host: " + why);
        return true;
    }

    @Override
    public Optional<PluginHeap> heap(String pluginId) {
        Optional<PluginWrapper> plugin = find(pluginId).filter(InstalledPlugin::isActive)
                .flatMap(p -> Optional.ofNullable(manager.getPlugin(pluginId)));
        return plugin.map(p -> {
            ClassLoader loader = p.getPluginClassLoader();
            List<Object> roots = new ArrayList<>(PluginClasses.of(loader));
            Optional.ofNullable(p.getPlugin()).ifPresent(roots::add);
            extensions.getOrDefault(pluginId, Map.of()).values().forEach(roots::addAll);
            return new PluginHeap(roots, type -> type.getClassLoader() == loader);
        });
    }

    /** One instance of each extension per plugin, made on first use and kept (PF4J would make a new one per call). */
    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> extensions(String pluginId, Class<T> type) {
        if (find(pluginId).filter(InstalledPlugin::isActive).isEmpty()) {
            return List.of();
        }
        return (List<T>) extensions.computeIfAbsent(pluginId, id -> new ConcurrentHashMap<>())
                .computeIfAbsent(type, t -> List.copyOf(manager.getExtensions(type, pluginId)));
    }

    /** PF4J's stopPlugins() can fail while iterating (STACK.md): stop and unload one by one from a copy. */
    @PreDestroy
    void stopAll() {
        if (reloader != null) {
            reloader.close();
        }
        if (manager == null) {
            return;
        }
        for (PluginWrapper plugin : new ArrayList<>(manager.getStartedPlugins())) {
            stopQuietly(plugin.getPluginId());
        }
    }

    private void stopQuietly(String id) {
        try {
            manager.stopPlugin(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Plugin '" + id + "' did not stop cleanly");
        }
    }

    /**
     * PF4J reads {@code plugin.properties} as ISO-8859-1 (as {@code Properties.load} does), while partners write it in
     * UTF-8: text that decodes as UTF-8 is taken so (an em dash rather than three Latin-1 letters); text written
     * with unicode escapes is kept.
     */
    static String utf8(String latin1) {
        if (latin1.chars().anyMatch(c -> c > 0xFF) || latin1.chars().allMatch(c -> c < 0x80)) {
            return latin1;
        }
        byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return latin1;
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
