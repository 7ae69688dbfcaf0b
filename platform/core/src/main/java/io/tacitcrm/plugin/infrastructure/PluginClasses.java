package io.tacitcrm.plugin.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The classes a plugin's class loader serves from its own folders and archives (its classes and its {@code lib}),
 * loaded without being initialised: a class the plugin never used has no static state to look at.
 */
final class PluginClasses {

    private static final String SUFFIX = ".class";

    private PluginClasses() {
    }

    static List<Class<?>> of(ClassLoader loader) {
        if (!(loader instanceof URLClassLoader urls)) {
            return List.of();
        }
        List<Class<?>> classes = new ArrayList<>();
        for (URL url : urls.getURLs()) {
            for (String name : names(url)) {
                load(name, loader).ifPresent(classes::add);
            }
        }
        return classes;
    }

    private static List<String> names(URL url) {
        try {
            Path place = Path.of(url.toURI());
            if (Files.isDirectory(place)) {
                try (Stream<Path> files = Files.walk(place)) {
                    return files.filter(f -> f.toString().endsWith(SUFFIX))
                            .map(f -> binaryName(place.relativize(f).toString().replace('\\', '/'))).toList();
                }
            }
            try (JarFile jar = new JarFile(place.toFile())) {
                return jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(SUFFIX))
                        .map(PluginClasses::binaryName).toList();
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException | UncheckedIOException notAFile) {
            return List.of();
        }
    }

    private static String binaryName(String path) {
        return path.substring(0, path.length() - SUFFIX.length()).replace('/', '.');
    }

    private static Optional<Class<?>> load(String name, ClassLoader loader) {
        if (name.contains("-")) {
            return Optional.empty(); // module-info, package-info, multi-release versions
        }
        try {
            return Optional.of(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError unusable) {
            return Optional.empty();
        }
    }
}
