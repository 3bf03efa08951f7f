package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.floorcross.eval.Evaluation;
import org.floorcross.eval.EvaluationReport;
import org.floorcross.news.Article;
import org.floorcross.news.NewsReader;
import org.floorcross.register.Register;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores the extractor on every evaluation set written for the project after the development set (articles and gold
 * under src/test/resources/SET), prints each report, and holds each to a floor: the score reached less 0.05. The sets,
 * and which were used to tune the rules, are described in docs/extraction.md.
 */
class GoldSetsIT {

    /** One evaluation set and the floors it is held to. */
    record GoldSet(String name, double events, double people, double negatives) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Extractor EXTRACTOR = new Extractor(Register.bundled());
    private static final Map<String, EvaluationReport> REPORTS = new ConcurrentHashMap<>();

    static Stream<GoldSet> sets() {
        return Stream.of(
                new GoldSet("heldout", 0.95, 0.95, 0.95),
                new GoldSet("final", 0.90, 0.92, 0.95),
                new GoldSet("unseen", 0.92, 0.92, 0.95),
                new GoldSet("blind", 0.86, 0.90, 0.95),
                new GoldSet("blind2", 0.95, 0.95, 0.95),
                new GoldSet("blind3", 0.95, 0.95, 0.95),
                new GoldSet("blind4", 0.91, 0.82, 0.95));
    }

    @ParameterizedTest
    @MethodSource("sets")
    void findsTheEvents(GoldSet set) {
        assertThat(report(set).events().f1()).as(set + " event F1").isGreaterThanOrEqualTo(set.events());
    }

    @ParameterizedTest
    @MethodSource("sets")
    void namesThePeople(GoldSet set) {
        assertThat(report(set).people().f1()).as(set + " people F1").isGreaterThanOrEqualTo(set.people());
    }

    @ParameterizedTest
    @MethodSource("sets")
    void leavesTheNegativesClean(GoldSet set) {
        var negatives = report(set).cleanNegatives();
        assertThat((double) negatives.correct() / negatives.total()).as(set + " clean negatives")
                .isGreaterThanOrEqualTo(set.negatives());
    }

    private static EvaluationReport report(GoldSet set) {
        return REPORTS.computeIfAbsent(set.name(), name -> {
            Path dir = Path.of("src", "test", "resources", name);
            List<Article> articles = new ArrayList<>();
            new NewsReader().read(List.of(dir.resolve("articles")), articles::add);
            try {
                EvaluationReport report = Evaluation.score(Evaluation.readGold(dir.resolve("gold.jsonl")),
                        articles.stream().map(EXTRACTOR::extract).toList());
                System.err.println(name + " set:\n" + Evaluation.renderText(report));
                return report;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
