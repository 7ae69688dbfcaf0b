package io.tacitcrm.exchange.service;

import io.tacitcrm.common.domain.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A decoded CSV file: its header and data rows, with the row limit enforced before anything is imported. */
record CsvRows(List<String> header, List<CSVRecord> rows) {

    static final int MAX_ROWS = 100_000;

    /** Comma-separated, or semicolon-separated when the header says so (what Excel writes in many locales). */
    static CsvRows parse(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<CSVRecord> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.toList();
                } else if (rows.size() == MAX_ROWS) {
                    throw InvalidInputException.of("file", "file.too-many-rows", "has more than " + MAX_ROWS
                            + " rows; split it");
                } else {
                    rows.add(record);
                }
            }
            if (header == null) {
                throw InvalidInputException.of("file", "file.empty", "is empty; the first row must name the columns");
            }
            return new CsvRows(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw InvalidInputException.of("file", "csv.malformed", "is not well-formed CSV: " + e.getMessage());
        }
    }

    /** The line a row starts on, counting the header as line 1 (a quoted cell may span lines). */
    static long line(CSVRecord row) {
        return row.getRecordNumber();
    }
}
