package org.floorcross.news;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesArticlesTest {

    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();

    private ReadReport read(NewsReader reader, String content) throws Exception {
        return reader.read(List.of(Files.writeString(dir.resolve("feed.jsonl"), content)), articles::add);
    }

    @Test
    void readsRecordsWithDatesDateTimesAndNulls() throws Exception {
        ReadReport report = read(new NewsReader(), """
                {"id":"r1","url":"https://news.example/1","published":"2024-02-03","text":"First text."}

                {"id":"r2","published":"2024-02-04T23:15:00Z","text":"Second text.","extra":"ignored"}\r
                {"id":"r3","url":null,"published":null,"text":"Third text."}
                """);

        assertThat(report.problems()).isEmpty();
        assertThat(report.articles()).isEqualTo(3);
        assertThat(articles).extracting(Article::id).containsExactly("r1", "r2", "r3");
        assertThat(articles).extracting(Article::published)
                .containsExactly(LocalDate.of(2024, 2, 3), LocalDate.of(2024, 2, 4), null);
        assertThat(articles).extracting(Article::url).containsExactly("https://news.example/1", null, null);
        assertThat(articles.get(1).text()).isEqualTo("Second text.");
        assertThat(articles.get(2).origin()).isEqualTo(dir.resolve("feed.jsonl") + ":4");
    }

    @Test
    void badLineIsOneProblemNamingFileAndLineAndOthersContinue() throws Exception {
        ReadReport report = read(new NewsReader(), """
                {"id":"ok1","text":"Fine."}
                {"id":"broken", "text":
                {"id":"ok2","text":"Also fine."}
                """);

        assertThat(articles).extracting(Article::id).containsExactly("ok1", "ok2");
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.origin()).isEqualTo(dir.resolve("feed.jsonl") + ":2");
            assertThat(problem.message()).startsWith("not valid JSON");
        });
    }

    @Test
    void missingIdOrTextOrNonObjectAreProblems() throws Exception {
        ReadReport report = read(new NewsReader(), """
                {"text":"No id here."}
                {"id":"no-text"}
                ["not", "an", "object"]
                {"id":"kept","text":"Kept."}
                """);

        assertThat(articles).extracting(Article::id).containsExactly("kept");
        assertThat(report.problems()).extracting(Problem::origin).allMatch(origin -> origin.contains("feed.jsonl:"));
        assertThat(report.problems()).extracting(Problem::message).satisfiesExactly(
                message -> assertThat(message).contains("\"id\""),
                message -> assertThat(message).contains("\"text\""),
                message -> assertThat(message).contains("JSON object"));
    }

    @Test
    void unreadablePublishedIsProblemButRecordIsRead() throws Exception {
        ReadReport report = read(new NewsReader(), "{\"id\":\"d\",\"published\":\"last Tuesday\",\"text\":\"T.\"}\n");

        assertThat(articles).singleElement().satisfies(article -> assertThat(article.published()).isNull());
        assertThat(report.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("last Tuesday"));
    }

    @Test
    void overlongLineIsSkippedWithoutStoppingTheFile() throws Exception {
        String longText = "x".repeat(500);
        ReadReport report = read(new NewsReader(200), "{\"id\":\"long\",\"text\":\"" + longText + "\"}\n"
                + "{\"id\":\"short\",\"text\":\"Short.\"}\n");

        assertThat(articles).extracting(Article::id).containsExactly("short");
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.origin()).endsWith("feed.jsonl:1");
            assertThat(problem.message()).contains("longer than the limit of 200 bytes");
        });
    }

    @Test
    void invalidUtf8LineIsOneProblemAndOthersContinue() throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        byte[] good = "{\"id\":\"a\",\"text\":\"Good.\"}\n".getBytes(UTF_8);
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        Files.write(file, concat(concat(bad, good), "{\"id\":\"é\",\"text\":\"T.\"}".getBytes(UTF_8)));

        ReadReport report = new NewsReader().read(List.of(file), articles::add);

        assertThat(articles).extracting(Article::id).containsExactly("a", "é");
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.origin()).endsWith("mixed.jsonl:1");
            assertThat(problem.message()).contains("invalid UTF-8");
        });
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
