package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.floorcross.news.Article;
import org.junit.jupiter.api.Test;

/** Classes of reporting found on the unseen and blind sets, each read from invented sentences. */
class UnseenClassesTest {

    private final Extractor extractor = new Extractor(new FakeDirectory(), new FakeAnnotator());

    private List<ExtractedEvent> events(String text) {
        return extractor.extract(new Article("t", "test", null, LocalDate.of(2024, 5, 2), text)).events();
    }

    private static String reason(String sentence, int cue) {
        return Background.reason(sentence, CueFinder.find(sentence).get(cue), 2024);
    }

    private static String cue(String sentence) {
        Cue cue = CueFinder.find(sentence).get(0);
        return cue.role() + " " + sentence.substring(cue.start(), cue.end());
    }

    @Test
    void findsTheNewPhrasesForAMove() {
        assertThat(cue("He switched from the Greens this week.")).isEqualTo("FROM switched from");
        assertThat(cue("She took a seat with the Greens.")).isEqualTo("TO took a seat with");
        assertThat(cue("They will now be listed as independent members.")).startsWith("TO listed as");
        assertThat(cue("He now sits as the only Green there.")).isEqualTo("TO sits as the only ");
        assertThat(cue("Ida Moss has resigned her party membership.")).isEqualTo("FROM resigned her party membership");
        assertThat(cue("The suspensions of Ida Moss and Al Dunn have been lifted.")).startsWith("SELF suspensions");
        assertThat(CueFinder.find("Ida Moss had her suspension lifted.")).extracting(Cue::kind)
                .containsExactly(Cue.Kind.REINSTATEMENT);
    }

    @Test
    void becomingAPartysFirstCouncillorJoinsIt() {
        assertThat(events("Alderbrook Borough Council member Ida Moss became Marshshire's first Green county councillor "
                + "after she switched from the Liberal Democrats.")).singleElement().satisfies(e -> {
                    assertThat(e.from()).isEqualTo("Liberal Democrats");
                    assertThat(e.to()).isEqualTo("Green");
                });
    }

    @Test
    void sittingCouncillorsDroppedAsCandidatesAreRepresentatives() {
        assertThat(reason("Two councillors who were dropped as Labour candidates have crossed over to the Greens.", 0))
                .isNull();
        assertThat(reason("Two Labour candidates have crossed over to the Greens.", 0)).isNotNull();
    }

    @Test
    void aGroupDescribedByThePartyItLeftIsStillSitting() {
        assertThat(reason("Four former UKIP councillors have joined the Conservatives.", 0)).isNull();
        assertThat(reason("A former councillor has joined the Conservatives.", 0)).isNotNull();
    }

    @Test
    void aMoveInARelativeClauseDatedEarlierThisSeasonIsBackground() {
        assertThat(reason("Ida Moss, who walked out of Labour earlier this summer, has joined the Greens.", 0))
                .isNotNull();
        assertThat(reason("He is a councillor again, a year after he left the party.", 0)).isNotNull();
    }

    @Test
    void anIndependentWhoLeftAPartyEarlierJoinsFromIndependent() {
        assertThat(events("Former Labour councillor Ida Moss joins the Greens.\nIda Moss, an Alderbrook Borough Council "
                + "member who quit Labour earlier this summer, has joined the Greens.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.from()).isEqualTo("Independent");
                    assertThat(e.to()).isEqualTo("Green");
                });
    }

    @Test
    void rejoiningTheGroupAfterASuspensionIsLiftedIsTheReinstatement() {
        assertThat(events("Alderbrook Borough Council members Ida Moss and Al Dunn have had their suspensions lifted "
                + "and will rejoin the Labour group.")).singleElement().satisfies(e -> {
                    assertThat(e.kind()).isEqualTo("reinstatement");
                    assertThat(e.to()).isEqualTo("Labour");
                });
    }

    @Test
    void aReinstatementEndingASpellAsAnIndependentComesFromIndependent() {
        assertThat(events("Labour has readmitted Ida Moss to its group on Alderbrook Borough Council, ending months in "
                + "which she sat as an independent.")).singleElement().satisfies(e -> {
                    assertThat(e.kind()).isEqualTo("reinstatement");
                    assertThat(e.from()).isEqualTo("Independent");
                });
    }

    @Test
    void wardNamesAreNotPeople() {
        assertThat(events("Alderbrook Borough Council members Ida Moss (Brook Green) and Al Dunn have quit Labour."))
                .singleElement().extracting(ExtractedEvent::people).isEqualTo(List.of("Ida Moss", "Al Dunn"));
        assertThat(RegisterDirectory.wardNames("Quarry Bank and Dudley Wood"))
                .containsExactly("quarry bank and dudley wood", "quarry bank", "dudley wood");
    }

    @Test
    void aDateInARelativeClauseDoesNotDateTheMainMove() {
        String text = "An independent councillor who left Labour a year ago has joined the Greens.";
        int cue = text.indexOf("joined");
        assertThat(Background.mainClauseStart(text, cue, 0)).isEqualTo(text.indexOf("has joined"));
    }

    @Test
    void aMoveMadeToCompleteAnEarlierOneSharesItsTense() {
        String text = "A year after he left the party to sit as an independent, he is back.";
        List<Cue> cues = CueFinder.find(text);
        assertThat(Background.completes(text, cues.get(0), cues.get(1))).isTrue();
        String two = "He left Labour, and she sits as an independent.";
        List<Cue> others = CueFinder.find(two);
        assertThat(Background.completes(two, others.get(0), others.get(1))).isFalse();
    }

    @Test
    void someoneWhoLostOneSeatButStillSitsElsewhereIsARepresentative() {
        assertThat(events("Alderbrook Borough Council member Ida Moss has quit Labour.\nIda Moss lost her seat on "
                + "Marshshire County Council in May but remains a member of Alderbrook Borough Council."))
                .singleElement().extracting(ExtractedEvent::people).isEqualTo(List.of("Ida Moss"));
    }

    @Test
    void sanctioningACandidateIsNotAboutASittingRepresentative() {
        assertThat(reason("Labour has suspended its parliamentary candidate for the seat.", 0)).isNotNull();
        assertThat(reason("Labour has suspended its group leader on the council.", 0)).isNull();
    }

    @Test
    void electionsLeavingAPartyShortOfAMajorityAreComposition() {
        assertThat(reason("The elections left Labour short of a majority.", 0)).isNotNull();
        assertThat(reason("People who left Labour say the party left them.", 0)).isNotNull();
    }

    private static List<String> members(String text) {
        Sentence sentence = new Sentence(0, 0, text.length(), text);
        return Members.named(sentence, new FakeAnnotator().annotate(sentence, LocalDate.of(2024, 5, 2)));
    }

    @Test
    void aDashListAfterTheGroupNamesItsMembersWithoutTheirWards() {
        String text = "The three – Ida Moss (Mill South), Al Dunn (Brook End) and Cy Lee – said they were proud.";
        assertThat(Members.mayName(text)).isTrue();
        assertThat(members(text)).containsExactly("Ida Moss", "Al Dunn", "Cy Lee");
        assertThat(members("It includes the outgoing leader Ida Moss.")).containsExactly("Ida Moss");
    }

    @Test
    void someoneChosenByOthersOrAnAllyOfTheMoversIsNotAMember() {
        assertThat(members("It includes Ida Moss, who stood aside after members chose councillor Al Dunn to lead."))
                .containsExactly("Ida Moss");
        String text = "The three were close allies of Cy Lee.";
        Sentence sentence = new Sentence(0, 0, text.length(), text);
        assertThat(Movers.following(sentence, new FakeAnnotator().annotate(sentence, LocalDate.of(2024, 5, 2))))
                .isEmpty();
    }

    @Test
    void othersWhoStillSitAsIndependentsStayOutOfTheReinstatement() {
        assertThat(events("Alderbrook Borough Council members Ida Moss and Al Dunn have had the Labour whip restored.\n"
                + "The other two, Cy Lee and Di Roe, will continue to sit as independents.")).filteredOn(
                        e -> e.kind().equals("reinstatement")).singleElement()
                .extracting(ExtractedEvent::people).isEqualTo(List.of("Ida Moss", "Al Dunn"));
    }
}
