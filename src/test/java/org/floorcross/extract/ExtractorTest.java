package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.floorcross.news.Article;
import org.junit.jupiter.api.Test;

/** The whole cascade on invented articles, with a hand-made register and a stand-in for CoreNLP. */
class ExtractorTest {

    private final Extractor extractor = new Extractor(new FakeDirectory(), new FakeAnnotator());

    private ArticleExtraction extract(String text) {
        return extractor.extract(new Article("t", "test", null, LocalDate.of(2024, 5, 2), text));
    }

    @Test
    void anUndatedArticleIsReadAgainstTheLatestRostersNotTheDayItIsRun() {
        FakeDirectory directory = new FakeDirectory();
        Extractor undated = new Extractor(directory, new FakeAnnotator());

        undated.extract(new Article("u", "test", null, null, "Cllr Wendy Okafor has quit Labour."));

        assertThat(directory.rosterDates).isNotEmpty().containsOnlyNulls();
    }

    @Test
    void quittingAPartyMeansSittingAsAnIndependent() {
        ArticleExtraction result = extract("Three Alderbrook councillors have quit Labour.\n"
                + "Cllr Wendy Okafor said the party had changed.");
        assertThat(result.relevant()).isTrue();
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.body()).isEqualTo("Alderbrook Borough Council");
            assertThat(e.bodyId()).isEqualTo("E07999001");
            assertThat(e.from()).isEqualTo("Labour");
            assertThat(e.to()).isEqualTo("Independent");
            assertThat(e.count()).isEqualTo(3);
            assertThat(e.people()).containsExactly("Wendy Okafor");
        });
    }

    @Test
    void aNamedCouncillorOnTheRosterPlacesTheMove() {
        ArticleExtraction result = extract("Councillor Wendy Okafor has defected from Labour to the Greens.");
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.body()).isEqualTo("Alderbrook Borough Council");
            assertThat(e.to()).isEqualTo("Green");
            assertThat(e.count()).isEqualTo(1);
        });
    }

    @Test
    void aSuspendedMemberSittingAsIndependentIsOneSuspension() {
        ArticleExtraction result = extract("Labour has suspended Alderbrook Borough Council member Cllr Tom Reyes. "
                + "He will sit as an independent while an investigation takes place.");
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("suspension");
            assertThat(e.from()).isEqualTo("Labour");
            assertThat(e.to()).isEqualTo("Independent");
            assertThat(e.people()).containsExactly("Tom Reyes");
        });
    }

    @Test
    void threatsAndPastMovesLeaveTheArticleClean() {
        ArticleExtraction result = extract("An Alderbrook councillor could quit Labour, sources say. "
                + "Cllr Tom Reyes, who left the Conservatives in 2019, declined to comment.");
        assertThat(result.relevant()).isFalse();
        assertThat(result.events()).isEmpty();
    }

    @Test
    void theSameMoveOnTwoCouncilsIsTwoEvents() {
        ArticleExtraction result = extract("Cllr Wendy Okafor has left Labour on Alderbrook Borough Council and "
                + "Keston Town Council.");
        assertThat(result.events()).extracting(ExtractedEvent::body)
                .containsExactly("Alderbrook Borough Council", "Keston Town Council");
    }

    @Test
    void irrelevantTextStopsAtThePrefilter() {
        ArticleExtraction result = extract("The farmers' market returns to the square on Saturday.");
        assertThat(result.relevant()).isFalse();
        assertThat(result.published()).isEqualTo("2024-05-02");
    }
}
