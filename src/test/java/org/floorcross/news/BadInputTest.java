package org.floorcross.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();

    @BeforeEach
    void writeGoodFiles() throws Exception {
        Files.writeString(dir.resolve("good-1.txt"), " date 2024-01-01 A councillor defected.");
        Files.writeString(dir.resolve("good-2.txt"), "Another councillor defected.");
    }

    private ReadReport readAll(Path... extra) {
        List<Path> paths = new ArrayList<>(List.of(dir));
        paths.addAll(List.of(extra));
        return new NewsReader().read(paths, articles::add);
    }

    private void assertOneProblem(ReadReport report, Path bad, String expected) {
        assertThat(articles).extracting(Article::id).containsExactly("good-1", "good-2");
        assertThat(report.hasProblems()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.origin()).isEqualTo(bad.toString());
            assertThat(problem.message()).contains(expected);
            assertThat(problem.toString()).startsWith(bad.toString());
        });
    }

    @Test
    void emptyFile() throws Exception {
        Path bad = Files.createFile(dir.resolve("empty.txt"));
        assertOneProblem(readAll(), bad, "empty file");
    }

    @Test
    void emptyJsonLinesFile() throws Exception {
        Path bad = Files.createFile(dir.resolve("empty.jsonl"));
        assertOneProblem(readAll(), bad, "empty file");
    }

    @Test
    void binaryFile() throws Exception {
        Path bad = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        assertOneProblem(readAll(), bad, "binary file");
    }

    @Test
    void mostlyControlBytesIsBinaryEvenWithoutNul() throws Exception {
        Path bad = Files.write(dir.resolve("noise.dat"), new byte[] {1, 2, 3, 4, 5, 'a', 6, 7, 8, 9});
        assertOneProblem(readAll(), bad, "binary file");
    }

    @Test
    void binaryJsonLinesFile() throws Exception {
        Path bad = Files.write(dir.resolve("blob.jsonl"), new byte[] {'{', 0, 0, '\n', 0, '\n', 0, '\n'});
        assertOneProblem(readAll(), bad, "binary file");
    }

    @Test
    void oversizedFileIsRefusedBeforeReading() throws Exception {
        Path bad = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(bad.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertOneProblem(readAll(), bad, "52428800 bytes, over the limit of 10485760 bytes");
    }

    @Test
    void invalidUtf8() throws Exception {
        Path bad = Files.write(dir.resolve("latin1.txt"), "caf\u00e9 councillor".getBytes("ISO-8859-1"));
        assertOneProblem(readAll(), bad, "invalid UTF-8 at byte 3");
    }

    @Test
    void missingPath() {
        Path bad = dir.resolveSibling("no-such-dir-" + System.nanoTime());
        assertOneProblem(readAll(bad), bad, "no such file or directory");
    }

    @Test
    void unreadableFile() throws Exception {
        Path bad = Files.writeString(dir.resolve("secret.txt"), "Hidden.");
        Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(bad)).as("running as a user who can read any file (root)").isFalse();
        assertOneProblem(readAll(), bad, "cannot be read");
    }

    @Test
    void everyBadFileIsOneProblemAndEveryGoodFileIsRead() throws Exception {
        Files.createFile(dir.resolve("a-empty.txt"));
        Files.write(dir.resolve("b-binary.bin"), new byte[] {0, 1, 2});
        Files.write(dir.resolve("c-latin1.txt"), new byte[] {'a', (byte) 0xE9, 'b'});
        Files.writeString(dir.resolve("d-lines.jsonl"), "{\"id\":\"j1\",\"text\":\"J.\"}\nnot json\n");

        ReadReport report = new NewsReader().read(List.of(dir), articles::add);

        assertThat(articles).extracting(Article::id).containsExactly("j1", "good-1", "good-2");
        assertThat(report.articles()).isEqualTo(3);
        assertThat(report.problems()).extracting(Problem::origin).containsExactly(
                dir.resolve("a-empty.txt").toString(), dir.resolve("b-binary.bin").toString(),
                dir.resolve("c-latin1.txt").toString(), dir.resolve("d-lines.jsonl") + ":2");
    }
}
