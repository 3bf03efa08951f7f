package org.floorcross.news;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * JSON Lines: one {@code {"id","url","published","text"}} object per line, streamed line by line so a corpus of any
 * size is never held in memory; the size limit applies to each line. A bad line is a problem naming its line number.
 */
final class JsonLinesArticles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxLineBytes;

    JsonLinesArticles(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Whether a JSON Lines file holds articles: false only when its first line is a JSON object without a "text"
     * field (such as a gold file); anything doubtful is read, so that its problems are reported.
     */
    static boolean holdsArticles(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            BoundedLines.Line first = new BoundedLines(in, TextFiles.SNIFF_BYTES * 16).next();
            if (first == null || first.overlong()) {
                return true;
            }
            JsonNode node = JSON.readTree(first.bytes());
            return node == null || !node.isObject() || node.has("text");
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    void read(Path file, Consumer<Article> articles, Consumer<Problem> problems) {
        String origin = file.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            String refusal = refusal(in);
            if (refusal != null) {
                problems.accept(new Problem(origin, refusal));
                return;
            }
            BoundedLines lines = new BoundedLines(in, maxLineBytes);
            for (BoundedLines.Line next = lines.next(); next != null; next = lines.next()) {
                record(origin + ":" + next.number(), next, articles, problems);
            }
        } catch (IOException e) {
            problems.accept(new Problem(origin, "cannot be read: " + TextFiles.describe(e)));
        }
    }

    private static String refusal(InputStream in) throws IOException {
        in.mark(TextFiles.SNIFF_BYTES);
        byte[] sample = in.readNBytes(TextFiles.SNIFF_BYTES);
        in.reset();
        return sample.length == 0 ? "empty file" : TextFiles.binaryReason(sample, sample.length);
    }

    private void record(String origin, BoundedLines.Line line, Consumer<Article> articles, Consumer<Problem> problems) {
        if (line.overlong()) {
            problems.accept(new Problem(origin, "line is longer than the limit of " + maxLineBytes + " bytes"));
            return;
        }
        String text;
        try {
            text = TextFiles.strictUtf8().decode(ByteBuffer.wrap(line.bytes())).toString();
        } catch (CharacterCodingException e) {
            problems.accept(new Problem(origin, "invalid UTF-8 (files must be UTF-8 encoded)"));
            return;
        }
        if (!text.isBlank()) {
            parse(origin, line.number() == 1 ? text.replaceFirst("^\\uFEFF", "") : text, articles, problems);
        }
    }

    private static void parse(String origin, String text, Consumer<Article> articles, Consumer<Problem> problems) {
        try {
            JsonNode node = JSON.readTree(text);
            String missing = missingField(node);
            if (missing != null) {
                problems.accept(new Problem(origin, missing));
                return;
            }
            articles.accept(article(origin, node, problems));
        } catch (JacksonException e) {
            problems.accept(new Problem(origin, "not valid JSON: " + e.getOriginalMessage()));
        }
    }

    private static String missingField(JsonNode node) {
        if (node == null || !node.isObject()) {
            return "expected a JSON object {\"id\", \"url\", \"published\", \"text\"}";
        }
        for (String field : new String[] {"id", "text"}) {
            if (!node.path(field).isTextual() || node.path(field).asText().isBlank()) {
                return "record has no \"" + field + "\" (a non-empty string is required)";
            }
        }
        return null;
    }

    private static Article article(String origin, JsonNode node, Consumer<Problem> problems) {
        JsonNode published = node.path("published");
        LocalDate date = null;
        if (!published.isMissingNode() && !published.isNull()) {
            date = PublishedDates.parse(published.asText()).orElse(null);
            if (date == null) {
                problems.accept(new Problem(origin, "unreadable \"published\" value '" + published.asText()
                        + "' (expected an ISO date or date-time); read without a date"));
            }
        }
        JsonNode url = node.path("url");
        return new Article(node.get("id").asText(), origin, url.isTextual() ? url.asText() : null, date,
                node.get("text").asText());
    }
}
