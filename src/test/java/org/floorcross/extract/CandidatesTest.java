package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CandidatesTest {

    private final Candidates candidates = new Candidates(new PartyLexicon(label -> Optional.empty()));

    @Test
    void everydayVerbsWithoutPoliticsAreNotCandidates() {
        List<Sentence> sentences = SentenceSplitter.split("Plans for 200 homes were approved. The council leader "
                + "said the authority would join other councils in lobbying for money. Fans left the ground early.");

        assertThat(candidates.select(sentences)).isEmpty();
    }

    @Test
    void aMoveNamingAPartyIsACandidate() {
        List<Sentence> sentences = SentenceSplitter.split("Councillor Ann Lee has joined the Greens.");

        assertThat(candidates.select(sentences)).hasSize(1);
    }

    @Test
    void thePartyMayBeNamedInTheSentenceBefore() {
        List<Sentence> sentences = SentenceSplitter.split("Labour's group on the council is shrinking. "
                + "Two more councillors quit on Monday.");

        assertThat(candidates.select(sentences)).extracting(Sentence::text)
                .containsExactly("Two more councillors quit on Monday.");
    }

    @Test
    void unmistakablePhrasesNeedNoContext() {
        List<Sentence> sentences = SentenceSplitter.split("Cllr Joe Bloggs defected last night.");

        assertThat(candidates.select(sentences)).hasSize(1);
    }
}
