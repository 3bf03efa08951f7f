package org.floorcross.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedGoldTest {

    private static Path sharedGold() {
        Path gold = Path.of("..", "shared", "seeds", "gold.jsonl").toAbsolutePath().normalize();
        if (!Files.isRegularFile(gold)) {
            String message = gold + " is absent, so the shared gold cannot be scored";
            if ("true".equals(System.getenv("FLOORCROSS_REQUIRE_SHARED"))) {
                fail(message + " (FLOORCROSS_REQUIRE_SHARED=true)");
            }
            System.err.println("SKIPPED: " + message);
            assumeTrue(false, message);
        }
        return gold;
    }

    @Test
    void sharedGoldScoredAgainstItselfIsPerfect() throws Exception {
        List<GoldArticle> gold = Evaluation.readGold(sharedGold());

        EvaluationReport report = Evaluation.score(gold, gold.stream().map(Fixtures::asOutput).toList());

        assertThat(gold).isNotEmpty().allSatisfy(article -> assertThat(article.id()).isNotBlank());
        assertThat(report.events().matched()).isPositive();
        assertThat(report.events().precision()).isEqualTo(1.0);
        assertThat(report.events().recall()).isEqualTo(1.0);
        assertThat(report.events().f1()).isEqualTo(1.0);
        assertThat(report.people().f1()).isEqualTo(1.0);
        assertThat(report.relevance().value()).isEqualTo(1.0);
        assertThat(report.counts().correct()).isEqualTo(report.counts().total());
        assertThat(report.articles()).allSatisfy(article -> assertThat(article.perfect()).isTrue());
        assertThat(report.unscored()).isEmpty();
    }
}
