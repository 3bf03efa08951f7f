package org.floorcross.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void ignoresCaseTitlesHonoursAndPunctuation() {
        assertThat(Names.closeness("Cllr Ann-Marie O'Neill MBE", "ann marie oneill")).isEqualTo(3);
        assertThat(Names.closeness("Councillor Dr José Núñez", "Jose Nunez")).isEqualTo(3);
    }

    @Test
    void matchesAcrossMiddleNames() {
        assertThat(Names.closeness("John Michael Smith", "John Smith")).isEqualTo(2);
    }

    @Test
    void matchesAnInitialLessStrongly() {
        assertThat(Names.closeness("J Smith", "John Smith")).isEqualTo(1);
    }

    @Test
    void differentPeopleDoNotMatch() {
        assertThat(Names.closeness("John Smith", "Jane Smith")).isZero();
        assertThat(Names.closeness("John Smith", "John Smythe")).isZero();
        assertThat(Names.closeness("Smith", "John Smith")).isZero();
    }
}
