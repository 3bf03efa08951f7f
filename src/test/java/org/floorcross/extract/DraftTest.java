package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DraftTest {

    private final Draft draft = new Draft("Labour", "Independent", null, null, 0, 0.9, false);
    private final Sentence sentence = new Sentence(0, 0, 60, "Kemp, who quit as leader in September, left on Tuesday evening.");

    @Test
    void aDayWithATimeOfDayBeatsAMonthInTheSameSentence() {
        Clue clue = draft.toClue(Cue.Kind.DEFECTION, sentence, List.of(), List.of(), List.of(
                new Mention("DATE", 29, 38, "September", "2024-09"),
                new Mention("DATE", 47, 62, "Tuesday evening", "2024-11-05TEV")), false);

        assertThat(clue.date()).isEqualTo("2024-11-05");
        assertThat(clue.datePrecision()).isEqualTo("day");
    }

    @Test
    void aMonthAloneDatesTheMoveToTheMonth() {
        Clue clue = draft.toClue(Cue.Kind.DEFECTION, sentence, List.of(), List.of(), List.of(
                new Mention("DATE", 29, 38, "September", "2024-09")), false);

        assertThat(clue.date()).isEqualTo("2024-09");
        assertThat(clue.datePrecision()).isEqualTo("month");
    }
}
