package org.floorcross.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    private static int closeness(String a, String b) {
        return PersonName.of(a).closeness(PersonName.of(b));
    }

    @Test
    void ignoresCaseTitlesHonoursAndPunctuation() {
        assertThat(closeness("Cllr Ann-Marie O'Neill MBE", "ann marie oneill")).isEqualTo(3);
        assertThat(closeness("Councillor Dr José Núñez", "Jose Nunez")).isEqualTo(3);
    }

    @Test
    void matchesAcrossMiddleNames() {
        assertThat(closeness("John Michael Smith", "John Smith")).isEqualTo(2);
    }

    @Test
    void readsShortFormsOfFirstNamesAsTheFullName() {
        assertThat(PersonName.of("David Wood").sameAs(PersonName.of("Dave Wood"))).isTrue();
        assertThat(PersonName.of("Cllr Bob Price").sameAs(PersonName.of("Robert Price"))).isTrue();
        assertThat(closeness("Steve Jones", "Stephen Jones")).isEqualTo(2);
    }

    @Test
    void matchesAnInitialLessStrongly() {
        assertThat(closeness("J Smith", "John Smith")).isEqualTo(1);
    }

    @Test
    void differentPeopleDoNotMatch() {
        assertThat(closeness("John Smith", "Jane Smith")).isZero();
        assertThat(closeness("John Smith", "John Smythe")).isZero();
        assertThat(closeness("Smith", "John Smith")).isZero();
        assertThat(PersonName.of("David Wood").sameAs(PersonName.of("Margaret Wood"))).isFalse();
    }
}
