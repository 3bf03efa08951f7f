package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoundupTest {

    private static final BodyRef ALDER = new BodyRef("Alderbrook Borough Council", FakeDirectory.ALDER);
    private static final BodyRef MARSH = new BodyRef("Marshshire County Council", FakeDirectory.MARSH);
    private final PartyLexicon lexicon = new PartyLexicon(label -> Optional.empty());

    private static List<BodyMention> at(String text, String name, BodyRef ref) {
        int start = text.indexOf(name);
        return List.of(new BodyMention(start, start + name.length(), ref, true));
    }

    @Test
    void bindsEachPersonToTheCouncilAfterThemAndThePartyDescribingThem() {
        String text = "Two Tories, Ann Lee of Alderbrook Borough Council and Bob Marr of Marshshire County Council, "
                + "also switched.";
        Sentence sentence = new Sentence(0, 0, text.length(), text);
        List<BodyMention> bodies = new java.util.ArrayList<>(at(text, "Alderbrook Borough Council", ALDER));
        bodies.addAll(at(text, "Marshshire County Council", MARSH));
        assertThat(Roundup.bind(sentence, List.of("Ann Lee", "Bob Marr"), bodies, lexicon.find(text), "Reform UK"))
                .containsExactly(new Roundup.Binding("Ann Lee", ALDER, "Conservative"),
                        new Roundup.Binding("Bob Marr", MARSH, "Conservative"));
    }

    @Test
    void splitsAClueOnlyWhenItsPeopleSitOnDifferentCouncils() {
        Sentence sentence = new Sentence(0, 0, 10, "x");
        Clue clue = new Clue(Cue.Kind.DEFECTION, null, "Reform UK", null, 29, List.of("Ann Lee", "Bob Marr"),
                List.of(), sentence, 0.7, null, null, false, false);
        List<Clue> split = Roundup.split(clue, List.of(new Roundup.Binding("Ann Lee", ALDER, "Conservative"),
                new Roundup.Binding("Bob Marr", MARSH, "Independent")));
        assertThat(split).extracting(Clue::from, Clue::people).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, List.of()),
                org.assertj.core.groups.Tuple.tuple("Conservative", List.of("Ann Lee")),
                org.assertj.core.groups.Tuple.tuple("Independent", List.of("Bob Marr")));
        assertThat(Roundup.split(clue, List.of(new Roundup.Binding("Ann Lee", ALDER, null)))).containsExactly(clue);
    }
}
