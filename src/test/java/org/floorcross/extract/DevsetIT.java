package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.floorcross.eval.Evaluation;
import org.floorcross.eval.EvaluationReport;
import org.floorcross.eval.GoldArticle;
import org.floorcross.news.Article;
import org.floorcross.news.NewsReader;
import org.floorcross.register.Register;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the extractor over the development set and scores it with the eval package. */
class DevsetIT {

    private static final Path DEVSET = Path.of("src", "test", "resources", "devset");
    private static EvaluationReport report;

    @BeforeAll
    static void extractDevset() throws IOException {
        Extractor extractor = new Extractor(Register.bundled());
        List<Article> articles = new ArrayList<>();
        new NewsReader().read(List.of(DEVSET.resolve("articles")), articles::add);
        List<ArticleExtraction> output = articles.stream().map(extractor::extract).toList();
        writeOutput(output);
        List<GoldArticle> gold = new ArrayList<>(Evaluation.readGold(DEVSET.resolve("gold-a.jsonl")));
        gold.addAll(Evaluation.readGold(DEVSET.resolve("gold-b.jsonl")));
        report = Evaluation.score(gold, output);
        System.err.println(Evaluation.renderText(report));
    }

    private static void writeOutput(List<ArticleExtraction> output) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (ArticleExtraction extraction : output) {
            lines.append(json.writeValueAsString(extraction)).append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "devset-extract.jsonl"), lines);
    }

    @Test
    void keepsTheOutputContract() throws IOException, InterruptedException {
        Path checker = Path.of("..", "shared", "tools", "check-extract-jsonl");
        if (!Files.isRegularFile(checker)) {
            String message = checker.toAbsolutePath().normalize() + " is absent, so the contract check cannot run";
            if ("true".equals(System.getenv("FLOORCROSS_REQUIRE_SHARED"))) {
                org.junit.jupiter.api.Assertions.fail(message + " (FLOORCROSS_REQUIRE_SHARED=true)");
            }
            System.err.println("SKIPPED: " + message);
            org.junit.jupiter.api.Assumptions.assumeTrue(false, message);
        }
        Process process = new ProcessBuilder("python3", checker.toString(), "target/devset-extract.jsonl",
                DEVSET.resolve("articles").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }

    @Test
    void findsTheDevsetEvents() {
        assertThat(report.events().f1()).as("event F1").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void namesThePeopleWhoMoved() {
        assertThat(report.people().f1()).as("people F1").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void leavesEveryNegativeClean() {
        assertThat(report.cleanNegatives().correct()).as("clean negatives")
                .isEqualTo(report.cleanNegatives().total());
    }
}
