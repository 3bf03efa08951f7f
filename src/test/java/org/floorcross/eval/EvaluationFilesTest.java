package org.floorcross.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.floorcross.extract.ArticleExtraction;
import org.floorcross.extract.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsGoldLinesSkippingBlankOnes() throws Exception {
        Path file = Files.writeString(dir.resolve("gold.jsonl"), """
                {"id":"g1","published":"2024-01-02","story":"s","relevant":true,"events":[{"kind":"defection",\
                "body":"York Council","from":"Labour","to":"Independent","group":null,"count":2,\
                "people":["Ann Bell"],"date":null}],"notes":"two left","reviewer":"ignored"}

                {"id":"g2","relevant":false}
                """);

        List<GoldArticle> gold = Evaluation.readGold(file);

        assertThat(gold).extracting(GoldArticle::id).containsExactly("g1", "g2");
        assertThat(gold.getFirst().events()).singleElement().satisfies(event -> {
            assertThat(event.key()).isEqualTo(new EventKey("defection", "York Council", "Labour", "Independent"));
            assertThat(event.count()).isEqualTo(2);
            assertThat(event.people()).containsExactly("Ann Bell");
        });
        assertThat(gold.get(1).events()).isEmpty();
    }

    @Test
    void badGoldLineNamesFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\":\"ok\",\"relevant\":true}\n{\"id\":\n");

        assertThatThrownBy(() -> Evaluation.readGold(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":2: not a valid GoldArticle record");
    }

    @Test
    void goldWithoutRelevanceIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\":\"x\"}\n");

        assertThatThrownBy(() -> Evaluation.readGold(file)).hasMessageContaining(":1:").hasMessageContaining("relevant");
    }

    @Test
    void readsExtractOutputInTheContractFormat() throws Exception {
        Path file = Files.writeString(dir.resolve("out.jsonl"), """
                {"article":"003_x","published":null,"relevant":true,"events":[{"kind":"defection",\
                "body":"York Council","body_id":"E06000014","from":"Labour","to":"Independent","group":null,\
                "count":20,"people":["Ann Bell"],"date":null,"date_precision":null,"confidence":0.93,\
                "evidence":[{"start":0,"end":74}]}]}
                """);

        List<ArticleExtraction> output = Evaluation.readExtractions(file);

        assertThat(output).singleElement().satisfies(extraction -> {
            assertThat(extraction.article()).isEqualTo("003_x");
            assertThat(extraction.events()).singleElement().satisfies(event -> {
                assertThat(event.bodyId()).isEqualTo("E06000014");
                assertThat(event.count()).isEqualTo(20);
                assertThat(event.evidence()).containsExactly(new Evidence(0, 74));
            });
        });
    }
}
