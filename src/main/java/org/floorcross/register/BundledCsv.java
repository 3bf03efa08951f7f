package org.floorcross.register;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;

/** Reads the CSV fact tables bundled under this package's resource folder, one header-keyed row at a time. */
final class BundledCsv {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema HEADER = CsvSchema.emptySchema().withHeader();

    private BundledCsv() {
    }

    /** Calls the consumer with each row of the named resource (a file name such as "councillors_2023.csv"). */
    static void forEachRow(String resource, Consumer<Map<String, String>> consumer) {
        try (InputStream in = BundledCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled register resource missing: " + resource);
            }
            try (MappingIterator<Map<String, String>> rows =
                         MAPPER.readerForMapOf(String.class).with(HEADER).readValues(in)) {
                while (rows.hasNext()) {
                    consumer.accept(rows.next());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled register resource " + resource, e);
        }
    }

    /** The trimmed value of a column, or null when it is missing or blank. */
    static String value(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
