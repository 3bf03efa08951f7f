package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.floorcross.news.Article;
import org.junit.jupiter.api.Test;

/** Classes of reporting found on the blind4 set, each read from invented sentences. */
class Blind4ClassesTest {

    private static List<ExtractedEvent> events(String text) {
        return new Extractor(new FakeDirectory(), new FakeAnnotator())
                .extract(new Article("t", "test", null, LocalDate.of(2024, 5, 2), text)).events();
    }

    @Test
    void movingOnLeavingAGroupShortIsStillFromThatParty() {
        assertThat(events("Two Labour councillors on Alderbrook Borough Council have switched to the Greens, leaving"
                + " the Labour group short of two of its members."))
                .extracting(ExtractedEvent::from, ExtractedEvent::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Labour", "Green"));
    }

    @Test
    void aBudgetStoryMentioningAnEarlierWalkOutHasNoEvents() {
        assertThat(events("Alderbrook Borough Council passed its budget on Monday. The cabinet has depended on"
                + " independent votes since several of its councillors walked out of the Conservative group."))
                .isEmpty();
    }

    @Test
    void launchingANewBlocIsAMoveToIt() {
        assertThat(CueFinder.find("Three councillors have launched a new bloc in the chamber."))
                .extracting(Cue::kind).containsExactly(Cue.Kind.DEFECTION);
    }

    @Test
    void cuttingTiesWithAPartyIsLeavingIt() {
        String sentence = "Ida Moss and Cy Dunn said they had cut their ties with Labour and would now sit as independents.";
        assertThat(CueFinder.find(sentence)).extracting(Cue::role).contains(Cue.Role.FROM);
        assertThat(CueFinder.find(sentence)).allSatisfy(cue -> assertThat(Background.reason(sentence, cue, 2024)).isNull());
    }
}
