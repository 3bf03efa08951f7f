package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.floorcross.eval.Evaluation;
import org.floorcross.eval.EvaluationReport;
import org.floorcross.news.Article;
import org.floorcross.news.NewsReader;
import org.floorcross.register.Register;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product's own demo articles read exactly as their gold says: events, counts, people, negatives. */
class DemoGoldIT {

    private static final Path DEMO = Path.of("src", "main", "resources", "org", "floorcross", "app", "demo");
    private static List<ArticleExtraction> output;
    private static EvaluationReport report;

    @BeforeAll
    static void extractDemo() throws IOException {
        Extractor extractor = new Extractor(Register.bundled());
        List<Article> articles = new ArrayList<>();
        new NewsReader().read(List.of(DEMO), articles::add);
        output = articles.stream().map(extractor::extract).toList();
        report = Evaluation.score(Evaluation.readGold(DEMO.resolve("gold.jsonl")), output);
        System.err.println("Demo articles:\n" + Evaluation.renderText(report));
    }

    @Test
    void findsExactlyTheGoldEvents() {
        assertThat(report.events().matched()).isEqualTo(report.events().expected())
                .isEqualTo(report.events().predicted());
    }

    @Test
    void countsEveryEventAsTheGoldDoes() {
        assertThat(report.counts().correct()).isEqualTo(report.counts().total());
    }

    @Test
    void namesExactlyTheGoldPeople() {
        assertThat(report.people().matched()).isEqualTo(report.people().expected())
                .isEqualTo(report.people().predicted());
    }

    @Test
    void leavesTheBudgetAndByElectionStoriesClean() {
        assertThat(report.cleanNegatives().correct()).isEqualTo(report.cleanNegatives().total()).isPositive();
    }

    @Test
    void namesTheBroxtoweGroupAndTheDayItLeft() {
        ExtractedEvent broxtowe = output.stream().filter(a -> a.article().startsWith("demo02_"))
                .flatMap(a -> a.events().stream()).filter(e -> e.body().equals("Broxtowe Borough Council"))
                .findFirst().orElseThrow();
        assertThat(broxtowe.group()).isEqualTo("Broxtowe Independents");
        assertThat(broxtowe.date()).isEqualTo("2025-01-02");
        assertThat(broxtowe.count()).isEqualTo(20);
    }
}
