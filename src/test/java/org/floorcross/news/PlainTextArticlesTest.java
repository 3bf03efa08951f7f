package org.floorcross.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextArticlesTest {

    @TempDir
    Path dir;

    private final List<Article> articles = new ArrayList<>();

    private ReadReport read(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        return new NewsReader().read(List.of(file), articles::add);
    }

    @Test
    void removesDateHeaderSoOffsetsIndexTheBody() throws Exception {
        String body = "Three councillors left the Green group on Tuesday.\n\nThey now sit as independents.";
        ReadReport report = read("a1.txt", " date 2024-05-07 " + body);

        assertThat(report.hasProblems()).isFalse();
        Article article = articles.getFirst();
        assertThat(article.id()).isEqualTo("a1");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(article.text()).isEqualTo(body);
        assertThat(article.text().substring(0, 5)).isEqualTo("Three");
        assertThat(article.text().indexOf("They")).isEqualTo(body.indexOf("They"));
        assertThat(article.url()).isNull();
        assertThat(article.origin()).isEqualTo(dir.resolve("a1.txt").toString());
    }

    @Test
    void acceptsHeaderEndingTheFirstLine() throws Exception {
        read("a2.txt", " date 2023-11-30\nA councillor lost the whip.");

        assertThat(articles.getFirst().published()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(articles.getFirst().text()).isEqualTo("A councillor lost the whip.");
    }

    @Test
    void keepsWholeTextWithoutHeader() throws Exception {
        String text = "The date of the vote is not yet known.";
        ReadReport report = read("a3.txt", text);

        assertThat(report.problems()).isEmpty();
        assertThat(articles.getFirst().published()).isNull();
        assertThat(articles.getFirst().text()).isEqualTo(text);
    }

    @Test
    void reportsMalformedHeaderButStillReadsArticleUnchanged() throws Exception {
        String content = " date 2024-13-45 Two members resigned.";
        ReadReport report = read("bad-date.txt", content);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.origin()).endsWith("bad-date.txt");
            assertThat(problem.message()).contains("malformed date header", "2024-13-45");
        });
        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.published()).isNull();
            assertThat(article.text()).isEqualTo(content);
        });
    }

    @Test
    void rejectsImpossibleCalendarDates() throws Exception {
        ReadReport report = read("feb.txt", " date 2023-02-30 Text.");

        assertThat(report.problems()).hasSize(1);
        assertThat(articles.getFirst().published()).isNull();
    }

    @Test
    void readsUnknownExtensionAsTextAndStripsByteOrderMark() throws Exception {
        read("story.news", "\uFEFF date 2022-01-02 Body.");

        assertThat(articles.getFirst().id()).isEqualTo("story");
        assertThat(articles.getFirst().text()).isEqualTo("Body.");
    }

    @Test
    void reportsHeaderWithoutBody() throws Exception {
        ReadReport report = read("only-header.txt", " date 2024-01-01 \n  ");

        assertThat(articles).isEmpty();
        assertThat(report.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("no article text"));
    }
}
