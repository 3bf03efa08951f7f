package org.floorcross.news;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files under the paths a user gives: a file as it is, a directory's files recursively in name order, hidden
 * entries (names starting with a dot) and symbolic links to directories inside a directory skipped. Inside a
 * directory, a JSON Lines file whose first record carries no article text (a gold file beside the articles) is not an
 * article file and is passed over; a file named on its own is always read.
 */
final class ArticleFiles {

    private ArticleFiles() {}

    static void walk(Path path, Consumer<Path> files, Consumer<Problem> problems) {
        if (Files.isRegularFile(path)) {
            files.accept(path);
        } else if (Files.isDirectory(path)) {
            walkDirectory(path, files, problems);
        } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.exists(path)) {
            problems.accept(new Problem(path.toString(), "not a regular file or directory"));
        } else {
            problems.accept(new Problem(path.toString(), "no such file or directory"));
        }
    }

    private static void walkDirectory(Path directory, Consumer<Path> files, Consumer<Problem> problems) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(directory)) {
            entries = listing.filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(entry -> entry.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.accept(new Problem(directory.toString(), "directory cannot be read: " + TextFiles.describe(e)));
            return;
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walkDirectory(entry, files, problems);
            } else if (!Files.isDirectory(entry) && isArticleFile(entry)) {
                walk(entry, files, problems);
            }
        }
    }

    private static boolean isArticleFile(Path file) {
        String extension = NewsReader.extension(file.getFileName().toString());
        return !(extension.equals("jsonl") || extension.equals("ndjson")) || JsonLinesArticles.holdsArticles(file);
    }
}
