package io.tacitcrm.ops.infrastructure;

import static io.tacitcrm.ops.domain.WorkspaceArchives.rejected;

import io.tacitcrm.ops.domain.ArchiveTable;
import io.tacitcrm.ops.domain.WorkspaceArchives;
import io.tacitcrm.ops.domain.WorkspaceArchives.NewWorkspace;
import io.tacitcrm.ops.infrastructure.ArchiveEntries.Checked;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads an archive into a new workspace on a connection in a transaction of its own: first everything that can be
 * checked without writing (format, every entry's checksum, the schema versions, the tables), then the rows table by
 * table in the archive's order, in batches through {@code json_populate_recordset} with the new {@code tenant_id}.
 */
final class ArchiveReader {

    private static final int BATCH = 1000;

    private final ZipFile zip;
    private final JsonObject manifest;

    ArchiveReader(ZipFile zip) {
        this.zip = zip;
        this.manifest = manifest(zip);
    }

    JsonObject manifest() {
        return manifest;
    }

    /** Every entry the manifest lists is there, with its size and SHA-256; the format is one this server reads. */
    void verify(Map<String, String> schemaVersions) throws IOException {
        if (!WorkspaceArchives.FORMAT.equals(manifest.getString("format", ""))
                || manifest.getInt("formatVersion", 0) != WorkspaceArchives.FORMAT_VERSION) {
            throw rejected("not a Tacit workspace archive of format " + WorkspaceArchives.FORMAT + " "
                    + WorkspaceArchives.FORMAT_VERSION);
        }
        for (JsonObject entry : entries()) {
            String name = entry.getString("name");
            ZipEntry found = zip.getEntry(name);
            if (found == null) {
                throw rejected("entry " + name + " is missing");
            }
            try (InputStream in = zip.getInputStream(found)) {
                Checked checked = ArchiveEntries.check(in);
                if (checked.bytes() != entry.getJsonNumber("bytes").longValue()
                        || !checked.sha256().equals(entry.getString("sha256"))) {
                    throw rejected("entry " + name + " does not match its checksum: the archive is damaged");
                }
            }
        }
        JsonObject schemas = manifest.getJsonObject("schemas");
        for (String table : tablesWithRows()) {
            String schema = table.substring(0, table.indexOf('.'));
            String theirs = schemas.containsKey(schema) ? schemas.getString(schema) : "none";
            String ours = schemaVersions.getOrDefault(schema, "none");
            if (!theirs.equals(ours)) {
                throw rejected("schema " + schema + " is at version " + theirs + " in the archive and " + ours
                        + " here: import it on a server of the same version (or install the module)");
            }
        }
    }

    /**
     * Inserts the new workspace and every row; the caller commits.
     *
     * @return the rows inserted
     */
    long insert(Connection connection, NewWorkspace target, Map<String, ArchiveTable> tables)
            throws IOException, SQLException {
        JsonObject workspace = manifest.getJsonObject("workspace");
        try (PreparedStatement ps = connection.prepareStatement("insert into tenant (id, slug, name, status, plan,"
                + " locale, created_at, version) values (?, ?, ?, 'ACTIVE', ?, ?, ?, 0)")) {
            ps.setObject(1, target.id().value());
            ps.setString(2, target.slug());
            ps.setString(3, target.name());
            ps.setString(4, target.plan());
            ps.setString(5, workspace.getString("locale", "en"));
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
        long rows = 0;
        for (JsonObject entry : entries()) {
            if (!entry.containsKey("table")) {
                continue;
            }
            String name = entry.getString("table");
            ArchiveTable table = tables.get(name);
            if (table == null || !table.exported()) {
                throw rejected("table " + name + " is not one this server imports");
            }
            long inserted = rows(connection, target, table, entry.getString("name"));
            if (inserted != entry.getJsonNumber("rows").longValue()) {
                throw rejected("table " + name + " has " + inserted + " rows, the manifest says "
                        + entry.getJsonNumber("rows"));
            }
            rows += inserted;
        }
        return rows;
    }

    int tableCount() {
        return (int) entries().stream().filter(e -> e.containsKey("table")).count();
    }

    private Set<String> tablesWithRows() {
        return entries().stream().filter(e -> e.containsKey("table") && e.getJsonNumber("rows").longValue() > 0)
                .map(e -> e.getString("table")).collect(Collectors.toSet());
    }

    private long rows(Connection connection, NewWorkspace target, ArchiveTable table, String entry)
            throws IOException, SQLException {
        String columns = table.columns().stream().map(c -> '"' + c + '"').collect(Collectors.joining(", "));
        String values = table.columns().stream().map(c -> "tenant_id".equals(c) ? "?::uuid" : "r.\"" + c + '"')
                .collect(Collectors.joining(", "));
        String sql = "insert into " + table.quoted() + " (" + columns + ") overriding system value select " + values
                + " from json_populate_recordset(null::" + table.quoted() + ", ?::json) r";
        long rows = 0;
        try (PreparedStatement ps = connection.prepareStatement(sql);
             BufferedReader lines = new BufferedReader(new InputStreamReader(zip.getInputStream(zip.getEntry(entry)),
                     StandardCharsets.UTF_8))) {
            List<String> batch = new ArrayList<>(BATCH);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isEmpty()) {
                    batch.add(line);
                }
                if (batch.size() == BATCH) {
                    rows += insert(ps, target, table, batch);
                }
            }
            if (!batch.isEmpty()) {
                rows += insert(ps, target, table, batch);
            }
        }
        return rows;
    }

    private static int insert(PreparedStatement ps, NewWorkspace target, ArchiveTable table, List<String> batch)
            throws SQLException {
        ps.setObject(1, target.id().value());
        ps.setString(2, batch.stream().collect(Collectors.joining(",", "[", "]")));
        try {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw rejected("rows of table " + table.name() + " were refused: " + e.getMessage());
        } finally {
            batch.clear();
        }
    }

    private List<JsonObject> entries() {
        return manifest.getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    private static JsonObject manifest(ZipFile zip) {
        ZipEntry entry = zip.getEntry(ArchiveEntries.MANIFEST);
        if (entry == null) {
            throw rejected("the archive has no " + ArchiveEntries.MANIFEST);
        }
        try (JsonReader reader = Json.createReader(zip.getInputStream(entry))) {
            JsonObject manifest = reader.readObject();
            if (manifest.get("entries") instanceof JsonValue entries && entries.getValueType()
                    == JsonValue.ValueType.ARRAY && manifest.get("workspace") instanceof JsonObject
                    && manifest.get("schemas") instanceof JsonObject) {
                return manifest;
            }
            throw rejected("the manifest lacks entries, workspace or schemas");
        } catch (IOException | JsonException | ClassCastException e) {
            throw rejected("the manifest cannot be read: " + e.getMessage());
        }
    }

    /** Tables by name, for looking up what an entry names. */
    static Map<String, ArchiveTable> byName(List<ArchiveTable> tables) {
        Map<String, ArchiveTable> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        return byName;
    }
}
