package org.floorcross.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorcross.eval.Fixtures.gold;
import static org.floorcross.eval.Fixtures.goldArticle;
import static org.floorcross.eval.Fixtures.output;
import static org.floorcross.eval.Fixtures.predicted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderingTest {

    private static final EvaluationReport REPORT = Evaluation.score(
            List.of(goldArticle("a", true,
                    gold("defection", "Pendle Borough Council", "Labour", "Independent", 3, "Ann Bell"),
                    gold("defection", "Nelson Town Council", "Labour", "Independent", null),
                    gold("defection", "Brierfield Town Council", "Labour", "Independent", null)),
                    goldArticle("b", false)),
            List.of(output("a", true,
                    predicted("defection", "Pendle Borough Council", "Labour", "Independent", 2, "Ann Bell"),
                    predicted("defection", "Nelson Town Council", "Labour", "Independent", null),
                    predicted("suspension", "York Council", "Green", null, null)),
                    output("z", false)));

    @Test
    void textShowsMeasuresMissesAndUnscored() {
        String text = Evaluation.renderText(REPORT);

        assertThat(text).contains("Events     P 0.667  R 0.667  F1 0.667  (2 matched, 3 predicted, 3 in gold)");
        assertThat(text).contains("Counts     accuracy 0.000  (0 of 1 matched events with a gold count)");
        assertThat(text).contains("Negatives  clean 0.000  (0 of 1 non-relevant gold articles)");
        assertThat(text).contains("Relevance  accuracy 0.500  (1 of 2 gold articles)");
        assertThat(text).contains("Articles: 2 scored, 2 with misses");
        assertThat(text).contains(
                "  a: count should be 3, was 2: defection on Pendle Borough Council, Labour -> Independent");
        assertThat(text).contains("  a: missing event: defection on Brierfield Town Council, Labour -> Independent");
        assertThat(text).contains("  a: extra event: suspension on York Council, Green -> (not stated)");
        assertThat(text).contains("  b: absent from the output");
        assertThat(text).contains("Unscored (in the output, not in gold): z");
    }

    @Test
    void jsonCarriesTheSameNumbersAndTypedMisses() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Evaluation.renderJson(REPORT));

        assertThat(json.at("/events/matched").asInt()).isEqualTo(2);
        assertThat(json.at("/events/precision").asDouble()).isEqualTo(2.0 / 3);
        assertThat(json.at("/events/f1").asDouble()).isEqualTo(2.0 / 3);
        assertThat(json.at("/clean_negatives/value").asDouble()).isZero();
        assertThat(json.at("/relevance/value").asDouble()).isEqualTo(0.5);
        assertThat(json.at("/counts/total").asInt()).isEqualTo(1);
        assertThat(json.at("/articles/0/id").asText()).isEqualTo("a");
        assertThat(json.at("/articles/0/misses/0/type").asText()).isEqualTo("wrong_count");
        assertThat(json.at("/articles/0/misses/0/event/body").asText()).isEqualTo("Pendle Borough Council");
        assertThat(json.at("/articles/0/misses/0/describe").asText()).startsWith("count should be 3");
        assertThat(json.at("/articles/1/misses/0/type").asText()).isEqualTo("absent_from_output");
        assertThat(json.at("/unscored/0").asText()).isEqualTo("z");
    }

    @Test
    void ratiosWithNothingJudgedShowAsNotApplicable() throws Exception {
        EvaluationReport empty = Evaluation.score(List.of(goldArticle("p", true)), List.of(output("p", true)));

        assertThat(Evaluation.renderText(empty)).contains("Counts     accuracy n/a  (0 of 0")
                .contains("Negatives  clean n/a  (0 of 0").contains("Articles: 1 scored, 0 with misses");
        JsonNode json = new ObjectMapper().readTree(Evaluation.renderJson(empty));
        assertThat(json.at("/counts/value").isNull()).isTrue();
        assertThat(json.at("/articles/0/misses").isEmpty()).isTrue();
    }
}
