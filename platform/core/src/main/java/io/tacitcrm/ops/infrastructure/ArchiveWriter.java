package io.tacitcrm.ops.infrastructure;

import io.tacitcrm.common.domain.SpreadsheetCells;
import io.tacitcrm.ops.domain.ArchiveTable;
import io.tacitcrm.ops.domain.WorkspaceArchives;
import io.tacitcrm.ops.domain.WorkspaceArchives.ArchiveSummary;
import io.tacitcrm.ops.domain.WorkspaceArchives.ExportProgress;
import io.tacitcrm.ops.infrastructure.ArchiveEntries.Checked;
import io.tacitcrm.ops.infrastructure.ArchiveEntries.Digesting;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonGenerator;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes one workspace's archive from a connection holding a read-only snapshot bound to that workspace. */
final class ArchiveWriter {

    private static final String CUSTOMERS = """
            select a.id, a.name, a.industry, a.region, a.size, a.value_tier, a.website, a.phone, u.email, u.name,
                   a.created_at, a.updated_at
              from account a join app_user u on u.tenant_id = a.tenant_id and u.id = a.owner_id
             where a.tenant_id = ? order by a.name, a.id""";
    private static final String CONTACTS = """
            select c.id, c.account_id, a.name, c.name, c.title, c.phone, c.email, c.decision_role, c.created_at
              from contact c join account a on a.tenant_id = c.tenant_id and a.id = c.account_id
             where c.tenant_id = ? order by a.name, c.name, c.id""";
    private static final List<String> CUSTOMER_HEADER = List.of("id", "name", "industry", "region", "size",
            "value_tier", "website", "phone", "owner_email", "owner_name", "created_at", "updated_at");
    private static final List<String> CONTACT_HEADER = List.of("id", "customer_id", "customer", "name", "title",
            "phone", "email", "decision_role", "created_at");

    private record Written(String name, String table, long rows, Checked checked) {
    }

    private final Connection connection;
    private final TenantId tenant;
    private final ZipOutputStream zip;
    private final List<Written> entries = new ArrayList<>();

    ArchiveWriter(Connection connection, TenantId tenant, OutputStream out) {
        this.connection = connection;
        this.tenant = tenant;
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    ArchiveSummary write(UUID exportId, List<ArchiveTable> tables, Map<String, String> schemaVersions,
            Map<String, String> modules, ExportProgress progress) throws IOException, SQLException {
        List<ArchiveTable> exported = tables.stream().filter(ArchiveTable::exported).toList();
        progress.started(exported.size());
        long rows = 0;
        long bytes = 0;
        for (ArchiveTable table : exported) {
            Written written = table(table, progress);
            rows += written.rows();
            bytes += written.checked().bytes();
            progress.tableDone(entries.size(), rows, bytes);
        }
        people(ArchiveEntries.CUSTOMERS, CUSTOMERS, CUSTOMER_HEADER);
        people(ArchiveEntries.CONTACTS, CONTACTS, CONTACT_HEADER);
        byte[] manifest = manifest(exportId, tables, schemaVersions, modules);
        zip.putNextEntry(new ZipEntry(ArchiveEntries.MANIFEST));
        zip.write(manifest);
        zip.closeEntry();
        zip.finish();
        zip.flush();
        MessageDigest digest = ArchiveEntries.sha256();
        digest.update(manifest);
        return new ArchiveSummary(exported.size(), rows, bytes + manifest.length, ArchiveEntries.hex(digest));
    }

    /** Rows as JSON lines, in primary-key order (so that two archives of the same data are equal). */
    private Written table(ArchiveTable table, ExportProgress progress) throws IOException, SQLException {
        String order = table.primaryKey().stream().map(c -> "t.\"" + c + '"').collect(Collectors.joining(", "));
        String sql = "select row_to_json(t)::text from " + table.quoted() + " t where t.tenant_id = ?"
                + (order.isEmpty() ? "" : " order by " + order);
        String name = ArchiveEntries.tableEntry(table.name());
        zip.putNextEntry(new ZipEntry(name));
        Digesting out = new Digesting(zip);
        long rows = 0;
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
             PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setFetchSize(1000);
            ps.setObject(1, tenant.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    writer.write(rs.getString(1));
                    writer.write('\n');
                    if (++rows % ExportProgress.ROWS_BETWEEN_SIGNS == 0) {
                        progress.alive();
                    }
                }
            }
        }
        zip.closeEntry();
        Written written = new Written(name, table.name(), rows, out.checked());
        entries.add(written);
        return written;
    }

    /** Customers and contacts for people (a spreadsheet), cells safe from formula injection. */
    private void people(String name, String sql, List<String> header) throws IOException, SQLException {
        zip.putNextEntry(new ZipEntry(name));
        Digesting out = new Digesting(zip);
        long rows = 0;
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                     .setHeader(header.toArray(String[]::new)).get());
             PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setFetchSize(1000);
            ps.setObject(1, tenant.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= header.size(); i++) {
                        csv.print(SpreadsheetCells.neutralize(rs.getString(i)));
                    }
                    csv.println();
                    rows++;
                }
            }
        }
        zip.closeEntry();
        entries.add(new Written(name, "", rows, out.checked()));
    }

    private byte[] manifest(UUID exportId, List<ArchiveTable> tables, Map<String, String> schemaVersions,
            Map<String, String> modules) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(bytes, StandardCharsets.UTF_8)) {
            json.writeStartObject()
                    .write("format", WorkspaceArchives.FORMAT)
                    .write("formatVersion", WorkspaceArchives.FORMAT_VERSION)
                    .write("exportId", exportId.toString())
                    .write("exportedAt", Instant.now().toString())
                    .write("ids", "preserved")
                    .write("workspace", workspace().build());
            json.writeStartObject("schemas");
            schemaVersions.forEach(json::write);
            json.writeEnd().writeStartObject("modules");
            modules.forEach(json::write);
            json.writeEnd().writeStartArray("entries");
            for (Written entry : entries) {
                json.writeStartObject().write("name", entry.name());
                if (!entry.table().isEmpty()) {
                    json.write("table", entry.table());
                }
                json.write("rows", entry.rows()).write("bytes", entry.checked().bytes())
                        .write("sha256", entry.checked().sha256()).writeEnd();
            }
            json.writeEnd().writeStartArray("leftOut");
            for (ArchiveTable table : tables) {
                if (!table.exported()) {
                    json.writeStartObject().write("table", table.name()).write("kind", table.kind().name())
                            .write("why", table.note()).writeEnd();
                }
            }
            json.writeEnd().writeEnd();
        }
        return bytes.toByteArray();
    }

    /** The workspace's register row, without the hosting service's bookkeeping. */
    private JsonObjectBuilder workspace() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select json_build_object('id', id, 'slug', slug,"
                + " 'name', name, 'locale', locale, 'plan', plan, 'createdAt', created_at)::text from tenant"
                + " where id = ?")) {
            ps.setObject(1, tenant.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("workspace " + tenant + " is not in the register");
                }
                try (JsonReader reader = Json.createReader(new StringReader(rs.getString(1)))) {
                    return Json.createObjectBuilder(reader.readObject());
                }
            }
        }
    }
}
