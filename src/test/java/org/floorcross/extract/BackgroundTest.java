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

    @Test
    void reportedSpeechWithWouldIsNews() {
        assertThat(reason("Councillor Ada Quist, who represents Mill ward, said she would now sit as an independent."))
                .isNull();
        assertThat(reason("She would sit as an independent if the party refused.")).isNotNull();
    }

    @Test
    void aRelativeClauseAboutLastMonthDoesNotMakeTheMainMoveBackground() {
        String sentence = "A councillor who walked out of the Tories last month has joined the TUV.";
        Cue joined = CueFinder.find(sentence).get(1);
        assertThat(Background.reason(sentence, CueFinder.find(sentence).get(0), 2024)).isNotNull();
        assertThat(Background.reason(sentence, joined, 2024)).isNull();
    }

    @Test
    void frontBenchAndFormerOfficeHoldersAreNotMoves() {
        assertThat(reason("She resigned from Labour's front bench after the vote.")).isNotNull();
        assertThat(reason("Former minister Jo Bright has joined Reform UK.")).isNotNull();
        assertThat(reason("A Labour MP and former minister has joined the Greens.")).isNull();
        assertThat(reason("None of them has lost the whip.")).isNotNull();
    }

    @Test
    void recentPastIsBackgroundOnlyAfterTheOpening() {
        String sentence = "Only last week Dan Ode left the Conservatives.";
        Cue left = CueFinder.find(sentence).get(0);
        assertThat(Background.reason(sentence, left, 2024, true)).isNull();
        assertThat(Background.reason(sentence, left, 2024, false)).isNotNull();
    }

    @Test
    void aStateLastingSinceAnEarlierMoveIsNotNews() {
        assertThat(reason("The cabinet has leaned on independent votes since four of its members quit the Tory group."))
                .isNotNull();
    }

    @Test
    void anElectionLeavingAPartyWithASmallerMajorityIsNotAMove() {
        assertThat(reason("The by-election result leaves the Greens with a slim but workable majority.")).isNotNull();
        assertThat(reason("The split leaves the Tories as easily the biggest group.")).satisfies(
                why -> assertThat(Background.composition(why)).isTrue());
    }
}
