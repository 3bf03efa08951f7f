package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.floorcross.news.Article;
import org.junit.jupiter.api.Test;

/** Who the movers are: the subject of the move and lists of them, not the people around them (invented sentences). */
class PeopleTest {

    private final Extractor extractor = new Extractor(new FakeDirectory(), new FakeAnnotator());

    private List<String> people(String text) {
        ArticleExtraction result = extractor.extract(new Article("t", "test", null, LocalDate.of(2024, 5, 2), text));
        assertThat(result.events()).hasSize(1);
        return result.events().get(0).people();
    }

    @Test
    void whoeverWithdrawsTheWhipIsNotAMover() {
        assertThat(people("Rosa Penn has withdrawn the Labour whip from Tim Vale, a member of Alderbrook Borough Council."))
                .containsExactly("Tim Vale");
    }

    @Test
    void someoneCoordinatedWithAFounderIsNotAMover() {
        assertThat(people("An Alderbrook Borough Council member, Ida Moss, has quit Labour to back the venture "
                + "launched by Pete Grant and Lola Finch.")).containsExactly("Ida Moss");
    }

    @Test
    void aLeaderQuotedInTheNextSentenceIsNotAMover() {
        assertThat(people("Alderbrook Borough Council member Ida Moss has quit Labour.\n"
                + "The party said it was sorry to see her go and that its leader, Pete Grant, had spoken to her."))
                .containsExactly("Ida Moss");
    }

    @Test
    void aFormerOfficialWithNoSeatAnnouncingAlongsideIsNotAMover() {
        assertThat(people("Three Alderbrook Borough Council members have joined the Greens.\n"
                + "Ida Moss and Tim Vale made the announcement alongside Lola Finch, the former union president."))
                .containsExactly("Ida Moss", "Tim Vale");
    }

    @Test
    void aListAfterTheLedeNamesTheMovers() {
        assertThat(people("Three Alderbrook Borough Council members have quit the Conservatives.\n"
                + "They are Ida Moss, his deputy Tim Vale and Lola Finch."))
                .containsExactly("Ida Moss", "Tim Vale", "Lola Finch");
    }

    @Test
    void sentencesDescribingTheGroupNameItsMembers() {
        assertThat(people("Three Alderbrook Borough Council members have quit the Conservatives to form a group.\n"
                + "Two of them left on Monday.\n"
                + "The group is led by Ida Moss and also includes Tim Vale.\n"
                + "Among those leaving is Lola Finch, who chairs planning.\n"
                + "Pete Grant, another of the defectors, said the party had changed."))
                .containsExactly("Ida Moss", "Tim Vale", "Lola Finch", "Pete Grant");
    }

    @Test
    void aMemberPlacedOnAnotherCouncilGetsAnEventThere() {
        ArticleExtraction result = extractor.extract(new Article("t", "test", null, LocalDate.of(2024, 5, 2),
                "An Alderbrook Borough Council member, Ida Moss, is among ten Conservatives who have joined Reform UK.\n"
                + "Another recruit, Tim Vale of Marshshire County Council, said he was delighted."));
        assertThat(result.events()).extracting(ExtractedEvent::body, ExtractedEvent::people).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Alderbrook Borough Council", List.of("Ida Moss")),
                org.assertj.core.groups.Tuple.tuple("Marshshire County Council", List.of("Tim Vale")));
    }

    @Test
    void someoneJoiningTheGroupFromElsewhereIsNotAmongItsMovers() {
        ArticleExtraction result = extractor.extract(new Article("t", "test", null, LocalDate.of(2024, 5, 2),
                "Three Alderbrook Borough Council members have quit Labour to form a group.\n"
                + "They are Ida Moss, Tim Vale and Lola Finch.\n"
                + "They are joined by Pete Grant, who has left the Greens."));
        assertThat(result.events()).filteredOn(e -> "Labour".equals(e.from())).singleElement()
                .extracting(ExtractedEvent::people).isEqualTo(List.of("Ida Moss", "Tim Vale", "Lola Finch"));
    }

    @Test
    void thoseLeavingIncludeNamesMoversNotAMoveOfTheirOwn() {
        assertThat(people("Twelve councillors have walked out of Labour.\n"
                + "Those leaving include the leader of Alderbrook Borough Council, Ida Moss, a member for decades."))
                .containsExactly("Ida Moss");
    }
}
