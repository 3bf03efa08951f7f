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
 * Runs the extractor over the held-out set (written independently of the development set) and prints its scores. The
 * floors are the scores reached when the rules were generalised, less a margin; see docs/extraction.md.
 */
class HeldoutIT {

    private static final Path HELDOUT = Path.of("src", "test", "resources", "heldout");
    private static EvaluationReport report;

    @BeforeAll
    static void extractHeldout() throws IOException {
        Extractor extractor = new Extractor(Register.bundled());
        List<Article> articles = new ArrayList<>();
        new NewsReader().read(List.of(HELDOUT.resolve("articles")), articles::add);
        List<ArticleExtraction> output = articles.stream().map(extractor::extract).toList();
        report = Evaluation.score(Evaluation.readGold(HELDOUT.resolve("gold.jsonl")), output);
        System.err.println("Held-out set:\n" + Evaluation.renderText(report));
    }

    @Test
    void findsTheHeldoutEvents() {
        assertThat(report.events().f1()).as("event F1").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void namesTheHeldoutPeople() {
        assertThat(report.people().f1()).as("people F1").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void leavesEveryHeldoutNegativeClean() {
        assertThat(report.cleanNegatives().correct()).as("clean negatives")
                .isEqualTo(report.cleanNegatives().total());
    }
}
