package io.tacitcrm.plugin.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Exactly the plugin archives an operator put in the plugins directory, and nothing else. PF4J unpacks a zip beside
 * itself and on the next start prefers a folder it finds there — so after swapping {@code x-1.0.0.zip} for
 * {@code x-1.0.1.zip} the old folder loaded and the new version failed as a duplicate, reported only in the log. Here
 * every start unpacks the archives present into a working folder of the host's own ({@value #WORK}), one per plugin
 * id: when two archives carry the same id, the newer version wins and the other is refused with a reason the plugins
 * page and {@code GET /plugins} show. Folders in the plugins directory are never loaded (stale ones are named in the
 * log), so what runs is always what the archives say.
 */
final class PluginArchives {

    static final String WORK = ".tacit-unpacked";
    private static final Logger LOG = Logger.getLogger(PluginArchives.class.getName());

    /** An archive's identity, from its {@code plugin.properties}. */
    record Archive(Path zip, String id, String version) {
    }

    /** A plugin archive the host will not load, and why. */
    record Refused(String id, String version, String why) {
    }

    /**
     * A plugin project loaded in development mode: its classes straight from {@code target/classes} (where the build
     * also puts the filtered {@code plugin.properties}) and its own libraries from {@code target/lib}.
     */
    record Development(Path project, String id, String version) {

        Path classes() {
            return project.resolve("target/classes");
        }
    }

    /** What the host loads (one folder per plugin, under {@code work}) and what it refused. */
    record Prepared(Path work, List<Archive> loaded, List<Development> developing, List<Refused> refused) {

        Prepared(Path work, List<Archive> loaded, List<Refused> refused) {
            this(work, loaded, List.of(), refused);
        }
    }

    private PluginArchives() {
    }

    /**
     * Unpacks the archives of {@code directory} afresh into this server's working folder; {@code newer} compares two
     * versions (PF4J's semantic versioning) and answers a positive number when the first is newer.
     */
    static Prepared prepare(Path directory, BiFunction<String, String, Integer> newer) {
        return prepare(directory, "server", newer);
    }

    /**
     * As {@link #prepare(Path, BiFunction)}, in a working folder of the server's own
     * ({@code .tacit-unpacked/<server>}):
     * servers of a cluster may share one plugins directory, and one starting must not delete what another has loaded.
     */
    static Prepared prepare(Path directory, String server, BiFunction<String, String, Integer> newer) {
        return prepare(directory, server, List.of(), newer);
    }

    /**
     * As {@link #prepare(Path, String, BiFunction)}, plus plugin projects in development mode: each is linked into the
     * working folder (its {@code target/classes} as the plugin's classes, so a recompile is all a change needs) and
     * wins over an archive of the same id, which is refused with that reason.
     */
    static Prepared prepare(Path directory, String server, List<Path> development,
                            BiFunction<String, String, Integer> newer) {
        Path work = directory.resolve(WORK).resolve(server.replaceAll("[^A-Za-z0-9._-]", "_"));
        deleteRecursively(work);
        List<Refused> refused = new ArrayList<>();
        List<Development> developing = new ArrayList<>();
        for (Path project : development) {
            Optional<Development> found = readProject(project);
            if (found.isEmpty()) {
                refused.add(new Refused(project.getFileName().toString(), "", "development folder " + project
                        + " has no target/classes/plugin.properties with a plugin.id and plugin.version: build it"
                        + " first (mvn compile), with src/main/plugin among its filtered resources"));
                continue;
            }
            try {
                link(found.get(), work.resolve(found.get().id()));
                developing.add(found.get());
            } catch (IOException e) {
                refused.add(new Refused(found.get().id(), found.get().version(), "development folder " + project
                        + " could not be linked: " + e.getMessage()));
            }
        }
        Map<String, Archive> chosen = new LinkedHashMap<>();
        for (Path zip : zips(directory)) {
            Optional<Archive> archive = read(zip);
            if (archive.isEmpty()) {
                refused.add(new Refused(baseName(zip), "", zip.getFileName() + " has no plugin.properties with a"
                        + " plugin.id and plugin.version"));
                continue;
            }
            Archive candidate = archive.get();
            Optional<Development> replacing = developing.stream().filter(d -> d.id().equals(candidate.id()))
                    .findFirst();
            if (replacing.isPresent()) {
                // expected in development mode: said once, not reported as a problem
                LOG.info(() -> "Plugin '" + candidate.id() + "': " + candidate.zip().getFileName() + " is not loaded;"
                        + " the development folder " + replacing.get().project() + " runs instead");
                continue;
            }
            Archive other = chosen.get(candidate.id());
            if (other == null) {
                chosen.put(candidate.id(), candidate);
                continue;
            }
            Archive winner = newer.apply(candidate.version(), other.version()) > 0 ? candidate : other;
            Archive loser = winner == candidate ? other : candidate;
            chosen.put(candidate.id(), winner);
            refused.add(new Refused(loser.id(), loser.version(), "duplicate: " + loser.zip().getFileName()
                    + " is older than " + winner.zip().getFileName() + " (" + winner.version()
                    + "), which is loaded instead; remove the older archive"));
        }
        warnAboutFolders(directory, chosen.values().stream().map(a -> baseName(a.zip())).toList());
        List<Archive> loaded = new ArrayList<>();
        for (Archive archive : chosen.values()) {
            try {
                unzip(archive.zip(), work.resolve(archive.id()));
                loaded.add(archive);
            } catch (IOException e) {
                deleteRecursively(work.resolve(archive.id()));
                refused.add(new Refused(archive.id(), archive.version(), archive.zip().getFileName()
                        + " could not be unpacked: " + e.getMessage()));
            }
        }
        refused.forEach(r -> LOG.severe(() -> "Plugin '" + r.id() + "' " + r.version() + " refused: " + r.why()));
        developing.forEach(d -> LOG.info(() -> "Plugin '" + d.id() + "' in development mode from " + d.classes()));
        return new Prepared(work, List.copyOf(loaded), List.copyOf(developing), List.copyOf(refused));
    }

    static Optional<Development> readProject(Path project) {
        Path descriptor = project.resolve("target/classes/plugin.properties");
        if (!Files.isRegularFile(descriptor)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(descriptor)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String id = properties.getProperty("plugin.id", "").strip();
        String version = properties.getProperty("plugin.version", "").strip();
        return id.isEmpty() || version.isEmpty() ? Optional.empty()
                : Optional.of(new Development(project.toAbsolutePath(), id, version));
    }

    /** The plugin's folder as PF4J reads one: its descriptor, and links to the project's classes and libraries. */
    private static void link(Development plugin, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.copy(plugin.classes().resolve("plugin.properties"), folder.resolve("plugin.properties"));
        Files.createSymbolicLink(folder.resolve("classes"), plugin.classes());
        Path lib = plugin.project().resolve("target/lib");
        if (Files.isDirectory(lib)) {
            Files.createSymbolicLink(folder.resolve("lib"), lib.toAbsolutePath());
        }
    }

    private static List<Path> zips(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<Archive> read(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry("plugin.properties");
            if (entry == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (InputStream in = file.getInputStream(entry)) {
                properties.load(in);
            }
            String id = properties.getProperty("plugin.id", "").strip();
            String version = properties.getProperty("plugin.version", "").strip();
            return id.isEmpty() || version.isEmpty() ? Optional.empty() : Optional.of(new Archive(zip, id, version));
        } catch (IOException e) {
            LOG.warning(() -> zip.getFileName() + " is not a readable zip: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void warnAboutFolders(Path directory, List<String> archiveNames) {
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(WORK) && !archiveNames.contains(name))
                    .forEach(name -> LOG.warning(() -> "Plugins directory: '" + name + "' is a folder, not an"
                            + " archive, and is not loaded (a folder left by an older server's unpacking can be"
                            + " deleted); plugins are installed as .zip files"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Files.createDirectories(target);
            for (ZipEntry entry : file.stream().toList()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("entry " + entry.getName() + " points outside the plugin's folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out);
                    }
                }
            }
        }
    }

    private static String baseName(Path zip) {
        String name = zip.getFileName().toString();
        return name.endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear " + dir, e);
        }
    }
}
