package org.floorcross.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON Lines files of gold articles or extraction output, failing on the first bad line with its number. */
final class EvaluationFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private EvaluationFiles() {}

    static <T> List<T> read(Path file, Class<T> type) throws IOException {
        List<T> records = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    records.add(parse(file, number, line, type));
                }
            }
        }
        return records;
    }

    private static <T> T parse(Path file, int number, String line, Class<T> type) {
        try {
            return JSON.readValue(line, type);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ":" + number + ": not a valid " + type.getSimpleName()
                    + " record: " + e.getOriginalMessage(), e);
        }
    }
}
