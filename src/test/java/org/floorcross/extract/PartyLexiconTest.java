package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartyLexiconTest {

    private final PartyLexicon lexicon = new PartyLexicon(label -> Optional.empty());

    @Test
    void canonicalisesTheWaysReportersNameParties() {
        assertThat(lexicon.find("Tories, Lib Dems, Labour and Co-operative, Plaid, the Greens and Reform"))
                .extracting(PartyMention::canonical)
                .containsExactly("Conservative", "Liberal Democrats", "Labour", "Plaid Cymru", "Green", "Reform UK");
    }

    @Test
    void findsIndependentsAndLocalGroups() {
        assertThat(lexicon.find("He joined the Ashvale Independents as an independent"))
                .extracting(PartyMention::canonical, PartyMention::group)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ashvale Independents", true),
                        org.assertj.core.groups.Tuple.tuple("Independent", false));
    }

    @Test
    void ignoresPlacesThatLookLikeParties() {
        assertThat(lexicon.find("She lives on Green Lane and backs local government reform")).isEmpty();
    }

    @Test
    void prefersTheRegistersCanonicalName() {
        PartyLexicon withRegister = new PartyLexicon(label -> Optional.of("Labour"));
        assertThat(withRegister.canonical("Labour and Co-operative")).isEqualTo("Labour");
    }

    @Test
    void knowsNorthernIrishPartiesByTheirFullNames() {
        assertThat(lexicon.find("from the Social Democratic and Labour Party to the Traditional Unionist Voice"))
                .extracting(PartyMention::canonical).containsExactly("SDLP", "TUV");
        assertThat(PartyLexicon.isPartyName("Plaid Cymru")).isTrue();
        assertThat(PartyLexicon.isPartyName("Ann Lee")).isFalse();
    }

    @Test
    void readsALeadersPartyAtThePublicationDate() {
        String sentence = "The councillor said she would stand for Nigel Farage's party next year";
        assertThat(lexicon.find(sentence, java.time.LocalDate.of(2015, 3, 1)))
                .extracting(PartyMention::canonical).containsExactly("UKIP");
        assertThat(lexicon.find(sentence, java.time.LocalDate.of(2025, 3, 1)))
                .extracting(PartyMention::canonical).containsExactly("Reform UK");
    }

    @Test
    void guessesNoPartyForAChangingLeaderWithoutADate() {
        assertThat(lexicon.find("He is now backing Farage's party in the county")).isEmpty();
        assertThat(Leaders.possessive("Nigel Farage’s")).isTrue();
        assertThat(Leaders.possessive("Mill Lane Residents")).isFalse();
        assertThat(lexicon.find("He is now backing Starmer's party in the county"))
                .extracting(PartyMention::canonical).containsExactly("Labour");
    }

    @Test
    void prefersAPartyTheSentenceNamesToOneDerivedFromItsLeader() {
        assertThat(lexicon.find("Speaking to the UKIP rally, the MP said he was joining Farage's party", null))
                .extracting(PartyMention::canonical).containsExactly("UKIP", "UKIP");
        assertThat(lexicon.find("She joined Farage's Brexit Party", java.time.LocalDate.of(2024, 9, 1)))
                .extracting(PartyMention::canonical).containsExactly("Brexit Party");
    }
}
