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

/**
 * Runs the extractor over the third set (written apart from the development and held-out sets, then used to find
 * failure classes) and prints its scores. The floors are the scores reached, less 0.05; see docs/extraction.md.
 */
class FinalIT {

    private static final Path FINAL = Path.of("src", "test", "resources", "final");
    private static EvaluationReport report;

    @BeforeAll
    static void extractFinal() throws IOException {
        Extractor extractor = new Extractor(Register.bundled());
        List<Article> articles = new ArrayList<>();
        new NewsReader().read(List.of(FINAL.resolve("articles")), articles::add);
        List<ArticleExtraction> output = articles.stream().map(extractor::extract).toList();
        report = Evaluation.score(Evaluation.readGold(FINAL.resolve("gold.jsonl")), output);
        System.err.println("Final set:\n" + Evaluation.renderText(report));
    }

    @Test
    void findsTheFinalEvents() {
        assertThat(report.events().f1()).as("event F1").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void namesTheFinalPeople() {
        assertThat(report.people().f1()).as("people F1").isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void leavesEveryFinalNegativeClean() {
        assertThat(report.cleanNegatives().correct()).as("clean negatives")
                .isEqualTo(report.cleanNegatives().total());
    }
}
