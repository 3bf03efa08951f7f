package org.floorcross.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;
import static org.floorcross.eval.Fixtures.gold;
import static org.floorcross.eval.Fixtures.goldArticle;
import static org.floorcross.eval.Fixtures.output;
import static org.floorcross.eval.Fixtures.predicted;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final Offset<Double> EXACT = within(1e-9);

    private static final GoldEvent PENDLE = gold("defection", "Pendle Borough Council", "Labour", "Independent", 3,
            "Ann Bell", "Carl Dent");
    private static final GoldEvent NELSON = gold("defection", "Nelson Town Council", "Labour", "Independent", null);
    private static final GoldEvent WHIP = gold("suspension", "Leeds City Council", "Conservative", null, 1, "Eve Fox");

    @Test
    void twoOfThreeEventsFoundWithOneExtraGivesTwoThirds() {
        EvaluationReport report = Evaluation.score(List.of(goldArticle("a", true, PENDLE, NELSON, WHIP)), List.of(
                output("a", true,
                        predicted("Defection", "pendle  borough COUNCIL", "labour", "Independent", 3, "ann bell",
                                "Gus Hale"),
                        predicted("defection", "Nelson Town Council", "Labour", "Independent", 7),
                        predicted("defection", "York Council", "Green", "Independent", null))));

        assertThat(report.events()).isEqualTo(new Score(2, 3, 3));
        assertThat(report.events().precision()).isCloseTo(2.0 / 3, EXACT);
        assertThat(report.events().recall()).isCloseTo(2.0 / 3, EXACT);
        assertThat(report.events().f1()).isCloseTo(2.0 / 3, EXACT);
        assertThat(report.counts()).isEqualTo(new Ratio(1, 1));
        assertThat(report.people()).isEqualTo(new Score(1, 2, 2));
        assertThat(report.people().f1()).isCloseTo(0.5, EXACT);
        assertThat(report.relevance()).isEqualTo(new Ratio(1, 1));
        assertThat(report.articles()).singleElement().satisfies(article -> assertThat(article.misses()).containsExactly(
                new Miss.MissingPeople(PENDLE.key(), List.of("Carl Dent")),
                new Miss.ExtraPeople(PENDLE.key(), List.of("Gus Hale")),
                new Miss.MissingEvent(WHIP.key()),
                new Miss.ExtraEvent(new EventKey("defection", "York Council", "Green", "Independent"))));
    }

    @Test
    void nullPartiesMustMatchNull() {
        EvaluationReport report = Evaluation.score(List.of(goldArticle("w", true, WHIP)),
                List.of(output("w", true, predicted("suspension", "Leeds City Council", "Conservative", "Reform UK", 1,
                        "Eve Fox"))));

        assertThat(report.events()).isEqualTo(new Score(0, 1, 1));
        assertThat(report.people()).isEqualTo(new Score(0, 0, 0));
    }

    @Test
    void wrongAndMissingCountsAreCountedOnlyWhereGoldKnowsTheCount() {
        GoldEvent twenty = gold("defection", "Broxtowe Borough Council", "Labour", "Independent", 20);
        EvaluationReport report = Evaluation.score(
                List.of(goldArticle("b", true, twenty, PENDLE, NELSON)),
                List.of(output("b", true,
                        predicted("defection", "Broxtowe Borough Council", "Labour", "Independent", 19),
                        predicted("defection", "Pendle Borough Council", "Labour", "Independent", null, "Ann Bell",
                                "Carl Dent"),
                        predicted("defection", "Nelson Town Council", "Labour", "Independent", 4))));

        assertThat(report.counts()).isEqualTo(new Ratio(0, 2));
        assertThat(report.counts().value()).isZero();
        assertThat(report.articles().getFirst().misses()).containsExactly(
                new Miss.WrongCount(twenty.key(), 20, 19), new Miss.WrongCount(PENDLE.key(), 3, null));
    }

    @Test
    void eventFoundWithSomeFieldsWrongNamesThoseFields() {
        GoldEvent suspension = gold("suspension", "Leeds City Council", "Conservative", "Independent", 1, "Eve Fox");
        EvaluationReport report = Evaluation.score(List.of(goldArticle("f", true, suspension, PENDLE, NELSON)),
                List.of(output("f", true,
                        predicted("reinstatement", "Leeds City Council", "Conservative", null, 1, "Eve Fox"),
                        predicted("defection", "Burnley Borough Council", "Labour", "Independent", 3),
                        predicted("defection", "York Council", "Green", "Reform UK", null))));

        assertThat(report.events()).isEqualTo(new Score(0, 3, 3));
        assertThat(report.articles().getFirst().misses()).containsExactly(
                new Miss.WrongFields(suspension.key(),
                        new EventKey("reinstatement", "Leeds City Council", "Conservative", null), List.of("kind", "to")),
                new Miss.WrongFields(PENDLE.key(),
                        new EventKey("defection", "Burnley Borough Council", "Labour", "Independent"), List.of("body")),
                new Miss.MissingEvent(NELSON.key()),
                new Miss.ExtraEvent(new EventKey("defection", "York Council", "Green", "Reform UK")));
        FieldConfusion fields = report.fields();
        assertThat(fields.wrong()).containsOnly(entry("kind", 1), entry("to", 1), entry("body", 1));
        assertThat(fields.confusions().get("body")).containsExactly(
                new FieldConfusion.Confusion("Pendle Borough Council", "Burnley Borough Council", 1));
        assertThat(fields.confusions().get("to")).containsExactly(
                new FieldConfusion.Confusion("Independent", "(none)", 1));
        assertThat(fields.missingOutright()).isEqualTo(1);
        assertThat(fields.extraOutright()).isEqualTo(1);
        assertThat(Evaluation.renderText(report)).contains(
                "Fields     kind 1, body 1, to 1 wrong in events found with other fields right; 1 missed and 1 extra outright",
                "  kind  suspension -> reinstatement");
    }

    @Test
    void duplicatePredictionMatchesOnceAndTheRestAreExtra() {
        EvaluationReport report = Evaluation.score(List.of(goldArticle("d", true, NELSON)), List.of(output("d", true,
                predicted("defection", "Nelson Town Council", "Labour", "Independent", null),
                predicted("defection", "Nelson Town Council", "Labour", "Independent", null))));

        assertThat(report.events()).isEqualTo(new Score(1, 2, 1));
        assertThat(report.events().precision()).isCloseTo(0.5, EXACT);
        assertThat(report.events().recall()).isCloseTo(1.0, EXACT);
    }

    @Test
    void relevanceAndCleanNegativesWithAbsentAndUnscoredArticles() {
        EvaluationReport report = Evaluation.score(
                List.of(goldArticle("n1", false), goldArticle("n2", false), goldArticle("n3", false)),
                List.of(output("n1", false),
                        output("n2", true, predicted("defection", "York Council", "Green", "Independent", 1)),
                        output("u1", true, predicted("defection", "Hull City Council", "Labour", null, 2),
                                predicted("defection", "Hull City Council", "Labour", "Green", 1))));

        assertThat(report.relevance()).isEqualTo(new Ratio(1, 3));
        assertThat(report.cleanNegatives()).isEqualTo(new Ratio(1, 3));
        assertThat(report.events()).isEqualTo(new Score(0, 1, 0));
        assertThat(report.events().precision()).isZero();
        assertThat(report.events().recall()).isZero();
        assertThat(report.unscored()).containsExactly("u1");
        assertThat(report.articles()).extracting(ArticleScore::perfect).containsExactly(true, false, false);
        assertThat(report.articles().get(1).misses()).startsWith(new Miss.WrongRelevance(false, true));
        assertThat(report.articles().get(2).misses()).containsExactly(new Miss.AbsentFromOutput());
    }

    @Test
    void goldArticleAbsentFromOutputIsAllMissed() {
        EvaluationReport report = Evaluation.score(List.of(goldArticle("g", true, PENDLE, NELSON)), List.of());

        assertThat(report.events()).isEqualTo(new Score(0, 0, 2));
        assertThat(report.events().precision()).isZero();
        assertThat(report.events().f1()).isZero();
        assertThat(report.relevance()).isEqualTo(new Ratio(0, 1));
        assertThat(report.counts().value()).isNull();
        assertThat(report.articles().getFirst().misses()).containsExactly(new Miss.AbsentFromOutput(),
                new Miss.MissingEvent(PENDLE.key()), new Miss.MissingEvent(NELSON.key()));
    }

    @Test
    void nothingExpectedAndNothingPredictedIsPerfect() {
        EvaluationReport report = Evaluation.score(List.of(goldArticle("q", false)), List.of(output("q", false)));

        assertThat(report.events().f1()).isEqualTo(1.0);
        assertThat(report.cleanNegatives()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void refusesDuplicateIds() {
        assertThatThrownBy(() -> Evaluation.score(List.of(goldArticle("x", false), goldArticle("x", true)), List.of()))
                .hasMessageContaining("gold has article id twice: x");
        assertThatThrownBy(() -> Evaluation.score(List.of(), List.of(output("y", false), output("y", false))))
                .hasMessageContaining("output has article id twice: y");
    }

    @Test
    void scoresRefuseImpossibleCounts() {
        assertThatThrownBy(() -> new Score(3, 2, 5)).hasMessageContaining("matched 3");
        assertThatThrownBy(() -> new Ratio(4, 3)).hasMessageContaining(": 4");
    }
}
