package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.floorcross.news.Article;
import org.junit.jupiter.api.Test;

/** Classes of reporting found on the blind2 set, each read from invented sentences. */
class Blind2ClassesTest {

    private static String reason(String sentence) {
        return Background.reason(sentence, CueFinder.find(sentence).get(0), 2024);
    }

    private static List<String> members(String text) {
        Sentence sentence = new Sentence(0, 0, text.length(), text);
        return Members.named(sentence, new FakeAnnotator().annotate(sentence, LocalDate.of(2024, 5, 2)));
    }

    @Test
    void beingAmongACountedGroupJustSanctionedIsNews() {
        assertThat(reason("Ola Brenn is among five Green councillors who have been suspended by the party."))
                .isNull();
        assertThat(reason("Ola Brenn, who had been suspended in 2019, spoke.")).isNotNull();
    }

    @Test
    void countsTheGroupTheSubjectIsAmong() {
        String sentence = "Ola Brenn is among five Green councillors who have been suspended.";
        assertThat(Counts.stated(sentence, sentence.indexOf("suspended"))).contains(5);
        String composition = "She was among 40 councillors at the meeting when she quit.";
        assertThat(Counts.stated(composition, composition.indexOf("quit"))).isEmpty();
    }

    @Test
    void aLongListAfterADescribedGroupNamesItsMembers() {
        String text = "Besides the leader, the expelled members are Ida Moss, Al Dunn and Cy Lee.";
        assertThat(Members.mayName(text)).isTrue();
        assertThat(members(text)).containsExactly("Ida Moss", "Al Dunn", "Cy Lee");
        String those = "Those who have walked out are Ida Moss, Al Dunn and Cy Lee.";
        assertThat(Members.mayName(those)).isTrue();
        assertThat(members(those)).containsExactly("Ida Moss", "Al Dunn", "Cy Lee");
    }

    @Test
    void aPartyOwningTheMoversIsWhatTheyLeft() {
        String text = "Labour lost its majority after six of its councillors quit to sit as independents.";
        Cue cue = CueFinder.find(text).get(0);
        assertThat(CueParties.subjectParty(text, cue, new PartyLexicon(label -> java.util.Optional.empty()).find(text)))
                .isEqualTo("Labour");
    }

    @Test
    void readsAGroupNameUnderTheBannerOfWithAnAmpersand() {
        String text = "They quit and will sit under the banner of the Mill & Heath Independents.";
        Cue cue = CueFinder.find(text).get(0);
        assertThat(CueParties.groupName(text, cue, List.of())).isEqualTo("Mill & Heath Independents");
    }

    @Test
    void makingTheSwitchRefersBackToTheMoveAlreadyTold() {
        assertThat(Followers.reportsItsOwnMove(new Sentence(1, 0, 62,
                "Ada Tam told reporters she had made the switch after a long summer."), Cue.Kind.DEFECTION)).isFalse();
        assertThat(Followers.reportsItsOwnMove(new Sentence(1, 0, 52,
                "Ada Tam switched from the Greens to Labour this week."), Cue.Kind.DEFECTION)).isTrue();
    }

    @Test
    void aQuotedJoinOfThePartyNowLeftIsHistory() {
        String text = "A councillor in the borough has left Labour and joined the Green Party.\n\n"
                + "Ada Tam, who sits for Mill ward on Alderbrook Council, said she had made the switch."
                + "\n\n\"I joined Labour because I believed in it. I no longer do,\" she said.";
        List<ExtractedEvent> events = new Extractor(new FakeDirectory(), new FakeAnnotator())
                .extract(new Article("t", "test", null, LocalDate.of(2024, 5, 2), text)).events();
        assertThat(events).map(e -> e.from() + ">" + e.to() + " " + e.people()).containsExactly("Labour>Green [Ada Tam]");
    }
}
