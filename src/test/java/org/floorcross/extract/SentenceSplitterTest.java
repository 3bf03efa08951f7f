package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsOnFullStopsAndLineBreaksKeepingOffsets() {
        String text = "Cllr. J. Smith left Labour. She now sits alone.\nA new line starts here";
        List<Sentence> sentences = SentenceSplitter.split(text);
        assertThat(sentences).extracting(Sentence::text).containsExactly("Cllr. J. Smith left Labour.",
                "She now sits alone.", "A new line starts here");
        assertThat(sentences).allSatisfy(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void keepsClosingQuotesWithTheirSentence() {
        List<Sentence> sentences = SentenceSplitter.split("He said: \u201cI am leaving.\u201d Then he went.");
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("He said: \u201cI am leaving.\u201d", "Then he went.");
    }
}
