package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.floorcross.extract.Cue.Kind;
import org.floorcross.extract.Cue.Role;
import org.junit.jupiter.api.Test;

class CueFinderTest {

    @Test
    void findsDefectionPhrasesWithTheirSide() {
        assertThat(CueFinder.find("She defected from the Greens to Labour.")).first()
                .extracting(Cue::kind, Cue::role).containsExactly(Kind.DEFECTION, Role.FROM);
        assertThat(CueFinder.find("He has joined Reform UK.")).first()
                .extracting(Cue::kind, Cue::role).containsExactly(Kind.DEFECTION, Role.TO);
        assertThat(CueFinder.find("They will sit as independents.")).first()
                .extracting(Cue::kind, Cue::role).containsExactly(Kind.DEFECTION, Role.TO);
        assertThat(CueFinder.find("The trio walked away from the party.")).first()
                .extracting(Cue::role).isEqualTo(Role.FROM);
    }

    @Test
    void tellsSuspensionFromReinstatement() {
        assertThat(CueFinder.find("He had the party whip removed.")).first().extracting(Cue::kind)
                .isEqualTo(Kind.SUSPENSION);
        assertThat(CueFinder.find("The whip was restored to her on Monday.")).first().extracting(Cue::kind)
                .isEqualTo(Kind.REINSTATEMENT);
        assertThat(CueFinder.find("His suspension has been lifted.")).first().extracting(Cue::kind)
                .isEqualTo(Kind.REINSTATEMENT);
    }

    @Test
    void readsNewerWaysOfSayingTheyMoved() {
        assertThat(CueFinder.find("He is now a non-aligned independent member.")).first()
                .extracting(Cue::kind, Cue::role).containsExactly(Kind.DEFECTION, Role.TO);
        assertThat(CueFinder.find("She became Reform's first councillor in the chamber.")).first()
                .extracting(Cue::role).isEqualTo(Role.TO);
        assertThat(CueFinder.find("He has now taken the Reform badge.")).first()
                .extracting(Cue::role).isEqualTo(Role.TO);
        assertThat(CueFinder.find("Mr Lowe will sit in the Commons as an independent.")).first()
                .extracting(Cue::role).isEqualTo(Role.TO);
    }

    @Test
    void anExpulsionIsADepartureNotASuspension() {
        assertThat(CueFinder.find("She was expelled from the Labour group.")).first()
                .extracting(Cue::kind, Cue::role).containsExactly(Kind.DEFECTION, Role.FROM);
    }
}
