package io.tacitcrm.exchange.rest;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.common.rest.Problem;
import io.tacitcrm.exchange.domain.ImportMode;
import io.tacitcrm.exchange.domain.ImportReport;
import io.tacitcrm.exchange.service.CustomerImport;
import jakarta.ws.rs.core.Response;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the account and contact CSV endpoints share: reading the import options and answering with the report. */
final class CsvExchange {

    static final String CSV = "text/csv; charset=UTF-8";

    private CsvExchange() {
    }

    /**
     * @param map    {@code field:column,field:column} — explicit column choices
     * @param mode   {@code ALL_OR_NOTHING} (default) or {@code VALID_ROWS}
     * @param charset a charset name when the client knows it; detected otherwise
     */
    static CustomerImport.Request request(byte[] file, String charset, String map, String mode, String dryRun,
            String name) {
        List<FieldError> errors = new ArrayList<>();
        if (file == null || file.length == 0) {
            errors.add(new FieldError("file", "file.empty", "is empty; send the CSV as the request body"));
        } else if (file.length > CustomerImport.MAX_FILE_BYTES) {
            errors.add(new FieldError("file", "file.too-large",
                    "is larger than " + CustomerImport.MAX_FILE_MIB + " MB"));
        }
        Optional<Charset> declared = Optional.empty();
        if (charset != null && !charset.isBlank()) {
            try {
                declared = Optional.of(Charset.forName(charset.strip()));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                errors.add(new FieldError("charset", "charset.unknown", "is not a known charset, e.g. UTF-8 or GBK"));
            }
        }
        Optional<ImportMode> parsedMode = BodyFields.parse(errors, "mode", mode, ImportMode.class);
        Map<String, String> mapping = new HashMap<>();
        if (map != null && !map.isBlank()) {
            for (String pair : map.split(",")) {
                int colon = pair.indexOf(':');
                if (colon < 1) {
                    errors.add(new FieldError("map", "map.invalid", "must be field:column pairs separated by commas"));
                    break;
                }
                mapping.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CustomerImport.Request(file, declared, mapping, parsedMode.orElse(ImportMode.ALL_OR_NOTHING),
                "true".equalsIgnoreCase(dryRun), Optional.ofNullable(name).filter(n -> !n.isBlank()).orElse("upload"));
    }

    /** 200 with the report when imported (or checked); 422 with the report when the file was rejected. */
    static Response answer(ImportReport report) {
        return Response.status(report.rejected() ? Problem.UNPROCESSABLE : Response.Status.OK).entity(report).build();
    }

    static Response file(byte[] csv, String object) {
        return Response.ok(csv, CSV).header("Content-Disposition",
                "attachment; filename=\"" + object + "-" + LocalDate.now() + ".csv\"").build();
    }
}
