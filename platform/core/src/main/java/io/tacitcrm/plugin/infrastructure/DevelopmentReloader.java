package io.tacitcrm.plugin.infrastructure;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Watches the {@code target/classes} of plugin projects in development mode and, once a recompile has settled (no
 * change for {@value #SETTLE_MILLIS} ms), asks for that plugin to be reloaded. One daemon thread; closed with the
 * catalog.
 */
final class DevelopmentReloader implements AutoCloseable {

    static final long SETTLE_MILLIS = 1_500;
    private static final Logger LOG = Logger.getLogger(DevelopmentReloader.class.getName());

    private final WatchService watcher;
    private final Map<WatchKey, String> keys = new HashMap<>();
    private final Map<String, Path> roots = new HashMap<>();
    private final Thread thread;

    private DevelopmentReloader(WatchService watcher, Consumer<String> reload) {
        this.watcher = watcher;
        this.thread = Thread.ofPlatform().daemon().name("tacit-plugin-reloader").unstarted(() -> run(reload));
    }

    static DevelopmentReloader watch(List<PluginArchives.Development> plugins, Consumer<String> reload) {
        try {
            DevelopmentReloader reloader = new DevelopmentReloader(FileSystems.getDefault().newWatchService(), reload);
            for (PluginArchives.Development plugin : plugins) {
                reloader.roots.put(plugin.id(), plugin.classes());
                reloader.register(plugin.id(), plugin.classes());
            }
            reloader.thread.start();
            return reloader;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot watch the development folders", e);
        }
    }

    private void register(String id, Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                keys.put(dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), id);
            }
        }
    }

    private void run(Consumer<String> reload) {
        Map<String, Long> changed = new HashMap<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                WatchKey key = watcher.poll(250, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    String id = keys.get(key);
                    if (id != null) {
                        changed.put(id, System.nanoTime());
                    }
                    if (!key.reset()) {
                        keys.remove(key);
                    }
                }
                long now = System.nanoTime();
                for (String id : List.copyOf(changed.keySet())) {
                    if (now - changed.get(id) > TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS)) {
                        changed.remove(id);
                        keys.values().removeIf(id::equals);
                        register(id, roots.get(id)); // a clean build makes new folders
                        reload.accept(id);
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Development reload failed; the plugin keeps its previous classes", e);
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the watcher", e);
        }
    }
}
