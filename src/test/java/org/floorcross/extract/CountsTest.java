package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {

    private static Integer count(String sentence, String cue) {
        return Counts.stated(sentence, sentence.indexOf(cue)).orElse(null);
    }

    @Test
    void readsWordsFiguresAndLeaders() {
        assertThat(count("Twelve councillors and their leader have quit.", "have quit")).isEqualTo(13);
        assertThat(count("A trio of Green councillors joined Labour.", "joined")).isEqualTo(3);
        assertThat(count("Two Tory councillors defected.", "defected")).isEqualTo(2);
        assertThat(count("Seventeen councillors left.", "left")).isEqualTo(17);
        assertThat(count("Thirty-one members quit.", "quit")).isEqualTo(31);
    }

    @Test
    void ignoresCompositionFigures() {
        assertThat(count("Reform, which now has 12 councillors, welcomed him as he defected.", "defected")).isNull();
        assertThat(count("The councillors quit.", "quit")).isNull();
    }
}
