package io.tacitcrm.plugin.infrastructure;

import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;

/**
 * The classes a plugin's class loader has defined so far: where its static state can be. Recorded as they are
 * defined rather than read from its folders and archives, so that measuring a plugin loads nothing (reading them
 * loaded every class of every library it ships — metaspace the plugin never asked for — and re-read the archives at
 * every check).
 */
final class PluginClasses {

    private PluginClasses() {
    }

    /** The classes {@code loader} defined, if the host made it (a plugin's loader is always the host's). */
    static List<Class<?>> of(ClassLoader loader) {
        return loader instanceof Recording recording ? List.copyOf(recording.defined) : List.of();
    }

    /** PF4J's loader for a plugin folder (its classes and {@code lib}), with class loaders that record. */
    static PluginLoader loader(PluginManager manager) {
        return new DefaultPluginLoader(manager) {
            @Override
            protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                return new Recording(pluginManager, descriptor, PluginClasses.class.getClassLoader());
            }
        };
    }

    /** A plugin class loader that remembers each class it defines (PF4J finds a plugin's own classes here). */
    private static final class Recording extends PluginClassLoader {

        private final Queue<Class<?>> defined = new ConcurrentLinkedQueue<>();

        Recording(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
            super(manager, descriptor, parent);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> type = super.findClass(name);
            defined.add(type);
            return type;
        }
    }
}
