package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.floorcross.news.Article;
import org.junit.jupiter.api.Test;

/** Classes of reporting found on the blind3 set, each read from invented sentences. */
class MembershipAndCompanyTest {

    private final Extractor extractor = new Extractor(new FakeDirectory(), new FakeAnnotator());
    private final PartyLexicon lexicon = new PartyLexicon(name -> java.util.Optional.empty());

    private List<ExtractedEvent> events(String text) {
        return extractor.extract(new Article("t", "test", null, LocalDate.of(2024, 5, 2), text)).events();
    }

    private static String cue(String sentence) {
        Cue cue = CueFinder.find(sentence).get(0);
        return cue.role() + " " + sentence.substring(cue.start(), cue.end());
    }

    @Test
    void handingBackAMembershipLeavesTheParty() {
        assertThat(cue("Both handed back their party membership on Friday.")).isEqualTo("FROM handed back their party "
                + "membership");
        assertThat(events("Alderbrook Borough Council's Labour group has lost a member. Cllr Ida Moss is handing back "
                + "her Labour membership.")).singleElement().satisfies(e -> assertThat(e.from()).isEqualTo("Labour"));
    }

    @Test
    void beingJoinedBySomeoneIsNotJoiningAParty() {
        assertThat(CueFinder.find("Ida Moss was joined by Cy Dunn at the meeting.")).isEmpty();
    }

    @Test
    void sittingOrWorkingWithANamedGroupJoinsItAsIndependents() {
        assertThat(cue("The pair will now work together as the Riverside Alliance.")).isEqualTo("TO work together as");
        assertThat(events("Alderbrook Borough Council has lost two Green councillors. Ida Moss and Cy Dunn left the "
                + "Greens and now sit with Riverside Voice."))
                .singleElement().satisfies(e -> {
                    assertThat(e.from()).isEqualTo("Green");
                    assertThat(e.to()).isEqualTo("Independent");
                    assertThat(e.group()).isEqualTo("Riverside Voice");
                });
    }

    @Test
    void sittingWithAPersonIsNotAMove() {
        assertThat(events("Alderbrook Borough Council met on Monday. Cllr Ida Moss sat with Cy Dunn during the debate."))
                .isEmpty();
    }

    @Test
    void aligningWithAGroupingIsAMoveToIt() {
        assertThat(cue("Three members walked out to align with a residents' grouping."))
                .isEqualTo("TO align with");
    }

    @Test
    void aPartyNamedThroughItsLeaderIsThatParty() {
        assertThat(lexicon.find("She has signed up to Nigel Farage's party.", java.time.LocalDate.of(2025, 5, 1))).singleElement()
                .satisfies(p -> assertThat(p.canonical()).isEqualTo("Reform UK"));
        assertThat(lexicon.find("He now backs Keir Starmer's party.")).singleElement()
                .satisfies(p -> assertThat(p.canonical()).isEqualTo("Labour"));
        assertThat(lexicon.find("Two joined Badenoch's party.")).singleElement()
                .satisfies(p -> assertThat(p.canonical()).isEqualTo("Conservative"));
    }

    @Test
    void aPartyWrittenInTitleCaseIsFound() {
        assertThat(lexicon.find("Ukip lost two members.")).singleElement()
                .satisfies(p -> assertThat(p.canonical()).isEqualTo("UKIP"));
    }

    @Test
    void aPlaceAfterOfIsTheWardNotPartOfTheName() {
        assertThat(Names.clean("Ida Moss of Lower Fenwick")).isEqualTo("Ida Moss");
        assertThat(Names.clean("Ida Moss")).isEqualTo("Ida Moss");
    }

    @Test
    void aNameInBracketsAfterAPersonIsTheirWard() {
        String text = "Ann Lee (Mill Ward) and Bob Marr (Hill Top) quit.";
        Sentence s = new Sentence(0, 0, text.length(), text);
        List<Mention> mentions = List.of(new Mention("PERSON", 0, 7, "Ann Lee", null),
                new Mention("PERSON", 9, 18, "Mill Ward", null), new Mention("PERSON", 24, 32, "Bob Marr", null),
                new Mention("PERSON", 34, 42, "Hill Top", null));
        assertThat(ListedNames.complete(s, mentions)).extracting(Mention::text).containsExactly("Ann Lee", "Bob Marr");
    }

    @Test
    void thePartOfAWholeIsTheCount() {
        String text = "The group collapsed after four of its seven councillors quit.";
        assertThat(Counts.stated(text, text.indexOf("quit"))).contains(4);
    }

    @Test
    void aListAfterTheDescribedMoversNamesThem() {
        assertThat(events("Three Labour members on Alderbrook Borough Council have quit the party. The departing "
                + "councillors are Ida Moss, Cy Dunn and Bo Lane.")).singleElement()
                .satisfies(e -> assertThat(e.people()).containsExactly("Ida Moss", "Cy Dunn", "Bo Lane"));
    }

    @Test
    void aMoveToldAsPartOfAPastStretchIsBackground() {
        String text = "The plan passed after a difficult spring in which four members quit the party.";
        assertThat(Background.reason(text, CueFinder.find(text).get(0), 2024)).isNotNull();
        assertThat(events("The Alderbrook Borough Council budget passed with Labour votes, despite a hard year in which "
                + "three of its councillors quit the party.")).isEmpty();
    }
}
