package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
        assertThat(reason("Veteran member Ola Brenn is among five Green councillors who have been suspended by the party."))
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
}
