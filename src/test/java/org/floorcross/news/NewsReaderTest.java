package org.floorcross.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsDirectoriesRecursivelyInNameOrderSkippingHiddenEntries() throws Exception {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("c.txt"), "C.");
        Files.writeString(dir.resolve("a.txt"), "A.");
        Files.writeString(dir.resolve("b/inner/z.txt"), "Z.");
        Files.writeString(dir.resolve("b/y.txt"), "Y.");
        Files.writeString(dir.resolve(".hidden.txt"), "H.");
        Files.writeString(dir.resolve(".git/config.txt"), "G.");
        List<Article> articles = new ArrayList<>();

        ReadReport report = new NewsReader().read(List.of(dir), articles::add);

        assertThat(report.problems()).isEmpty();
        assertThat(articles).extracting(Article::id).containsExactly("a", "z", "y", "c");
    }

    @Test
    void inADirectoryPassesOverGoldFiles() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "A.");
        Files.writeString(dir.resolve("b.jsonl"), "{\"id\": \"b\", \"text\": \"B.\"}\n");
        Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"a\", \"relevant\": false, \"events\": []}\n");
        List<Article> articles = new ArrayList<>();

        ReadReport report = new NewsReader().read(List.of(dir), articles::add);

        assertThat(report.problems()).isEmpty();
        assertThat(articles).extracting(Article::id).containsExactly("a", "b");
    }

    @Test
    void aGoldFileNamedOnItsOwnIsReadAndItsRecordsReported() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"a\", \"events\": []}\n");

        ReadReport report = new NewsReader().read(List.of(gold), article -> { });

        assertThat(report.problems()).singleElement().extracting(Problem::message).asString().contains("text");
    }

    @Test
    void keepsTheOrderOfThePathsGiven() throws Exception {
        Path second = Files.writeString(dir.resolve("2.txt"), "Two.");
        Path first = Files.writeString(dir.resolve("1.txt"), "One.");
        List<Article> articles = new ArrayList<>();

        new NewsReader().read(List.of(second, first), articles::add);

        assertThat(articles).extracting(Article::id).containsExactly("2", "1");
    }

    @Test
    void streamsProblemsToTheirOwnConsumer() throws Exception {
        Files.createFile(dir.resolve("empty.txt"));
        Files.writeString(dir.resolve("fine.txt"), "Fine.");
        List<Object> events = new ArrayList<>();

        new NewsReader().read(List.of(dir), events::add, events::add);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(Problem.class);
        assertThat(events.get(1)).isInstanceOf(Article.class);
    }

    @Test
    void contentHashIgnoresLayoutButNotWords() {
        Article one = new Article("1", "o", null, null, "Two  councillors\n\nleft the party. ");
        Article two = new Article("2", "o", null, null, " Two councillors left\tthe party.");
        Article three = new Article("3", "o", null, null, "Three councillors left the party.");

        assertThat(NewsReader.contentHash(one)).isEqualTo(NewsReader.contentHash(two)).hasSize(64);
        assertThat(NewsReader.contentHash(one)).isNotEqualTo(NewsReader.contentHash(three));
    }

    @Test
    void refusesNonPositiveLimit() {
        assertThatThrownBy(() -> new NewsReader(0)).hasMessageContaining("maxFileBytes").hasMessageContaining(": 0");
    }

    @Test
    void readsTheSharedSeedArticles() {
        Path seeds = SharedSeeds.require();
        List<Article> articles = new ArrayList<>();
        List<Path> texts = List.of(seeds.resolve("000_641e2aab1e4107f1.txt"), seeds.resolve("003_46f0b1df78b2b999.txt"));

        ReadReport report = new NewsReader().read(texts, articles::add);

        assertThat(report.problems()).isEmpty();
        assertThat(articles).extracting(Article::id).containsExactly("000_641e2aab1e4107f1", "003_46f0b1df78b2b999");
        assertThat(articles).extracting(Article::published).containsExactly(LocalDate.of(2024, 4, 1), null);
        assertThat(articles.getFirst().text()).doesNotStartWith(" ").doesNotContain(" date 2024-04-01");
    }
}
