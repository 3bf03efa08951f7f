package org.floorcross.news;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reads article files into {@link Article}s, one at a time, and reports bad input as {@link Problem}s without stopping.
 *
 * <p>Paths are read in the order given; directories recursively in file-name order, skipping names that start with
 * a dot. The format follows the extension: {@code .html}/{@code .htm}/{@code .xhtml} are HTML,
 * {@code .jsonl}/{@code .ndjson} are JSON Lines, anything else is plain text (or HTML when its content starts like
 * an HTML page). Plain text may open with the header {@code " date YYYY-MM-DD "}; the header is removed and
 * evidence offsets index into the text after it. Files must be UTF-8. A file larger than the limit is refused
 * without being read; in JSON Lines the limit applies to each line. Instances are immutable and thread-safe.
 */
public final class NewsReader {

    /** The default largest file (or JSON Lines line) read: 10 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final TextFiles textFiles;
    private final JsonLinesArticles jsonLines;

    public NewsReader() {
        this(DEFAULT_MAX_FILE_BYTES);
    }

    /** @param maxFileBytes the largest file read, from 1 byte to 2 GiB minus 16 bytes */
    public NewsReader(long maxFileBytes) {
        if (maxFileBytes < 1 || maxFileBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxFileBytes must be between 1 and " + (Integer.MAX_VALUE - 16)
                    + ": " + maxFileBytes);
        }
        this.textFiles = new TextFiles(maxFileBytes);
        this.jsonLines = new JsonLinesArticles((int) maxFileBytes);
    }

    /** Streams every article under {@code paths} to {@code articles} and every problem to {@code problems}. */
    public void read(Collection<Path> paths, Consumer<Article> articles, Consumer<Problem> problems) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(problems, "problems");
        for (Path path : List.copyOf(paths)) {
            ArticleFiles.walk(path, file -> readFile(file, articles, problems), problems);
        }
    }

    /** Streams every article under {@code paths} to {@code articles}; the problems come back in the report. */
    public ReadReport read(Collection<Path> paths, Consumer<Article> articles) {
        Objects.requireNonNull(articles, "articles");
        AtomicLong count = new AtomicLong();
        List<Problem> problems = new ArrayList<>();
        read(paths, article -> {
            count.incrementAndGet();
            articles.accept(article);
        }, problems::add);
        return new ReadReport(count.get(), problems);
    }

    /**
     * A fingerprint for de-duplication: the SHA-256 (lower-case hex) of the article's text after Unicode NFC
     * normalisation, with each run of whitespace made one space and the ends trimmed.
     */
    public static String contentHash(Article article) {
        return ContentHash.of(article.text());
    }

    private void readFile(Path file, Consumer<Article> articles, Consumer<Problem> problems) {
        String name = file.getFileName().toString();
        String extension = extension(name);
        if (extension.equals("jsonl") || extension.equals("ndjson")) {
            jsonLines.read(file, articles, problems);
            return;
        }
        String origin = file.toString();
        switch (textFiles.load(file)) {
            case TextFiles.Loaded.Refused refused -> problems.accept(new Problem(origin, refused.message()));
            case TextFiles.Loaded.Text text -> {
                String id = extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
                if (isHtml(extension, text.text())) {
                    HtmlArticles.parse(origin, id, text.text(), articles, problems);
                } else {
                    PlainTextArticles.parse(origin, id, text.text(), articles, problems);
                }
            }
        }
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isHtml(String extension, String text) {
        if (extension.equals("html") || extension.equals("htm") || extension.equals("xhtml")) {
            return true;
        }
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }
}
