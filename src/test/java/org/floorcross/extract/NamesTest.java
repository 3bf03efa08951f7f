package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void stripsTitlesAndHonours() {
        assertThat(Names.clean("Cllr Jane Ode MBE")).isEqualTo("Jane Ode");
        assertThat(Names.clean("Councillor Dr Ravi Mehta")).isEqualTo("Ravi Mehta");
        assertThat(Names.clean("Sir Alan Brook MP")).isEqualTo("Alan Brook");
        assertThat(Names.clean("Ode")).isNull();
    }

    @Test
    void keepsATitledSurnameForExpansion() {
        assertThat(Names.clean("Cllr Ode")).isEqualTo("Ode");
        assertThat(Names.expand("Ode", "Jane Ode chairs the board. Cllr Ode said no.")).isEqualTo("Jane Ode");
        assertThat(Names.expand("Ode", "Cllr Ode said no.")).isNull();
        assertThat(Names.expand("Jones", "Cllr Mary Ann Jones spoke; Ms Jones left.")).isEqualTo("Mary Ann Jones");
    }

    @Test
    void readsListsOfTitledNames() {
        assertThat(Names.titled("Cllrs Ann Lee, Bob Marr and Cleo Dunn have quit."))
                .extracting(Names.Located::name).containsExactly("Ann Lee", "Bob Marr", "Cleo Dunn");
    }
}
