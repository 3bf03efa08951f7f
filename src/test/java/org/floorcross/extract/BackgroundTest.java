package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackgroundTest {

    private static String reason(String sentence) {
        return Background.reason(sentence, CueFinder.find(sentence).get(0), 2024);
    }

    @Test
    void plainReportsAreNews() {
        assertThat(reason("Three councillors have quit Labour.")).isNull();
        assertThat(reason("She said she had left the Conservatives.")).isNull();
    }

    @Test
    void threatsAndNegationsAreNot() {
        assertThat(reason("The leader could quit the party.")).isNotNull();
        assertThat(reason("He has no plans to leave Labour.")).isNotNull();
    }

    @Test
    void earlierEpisodesAreNot() {
        assertThat(reason("Cllr Dee, who was suspended by the party, spoke.")).isNotNull();
        assertThat(reason("He left the Tories in 2019.")).isNotNull();
        assertThat(reason("She joined Labour 30 years ago.")).isNotNull();
    }

    @Test
    void membersActivistsAndSeatResignationsAreNot() {
        assertThat(reason("The group said 100 grassroots members had also left Labour.")).isNotNull();
        assertThat(reason("A former Labour councillor has joined Reform.")).isNotNull();
        assertThat(reason("She resigned as a councillor last night.")).isNotNull();
    }
}
