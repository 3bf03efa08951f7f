package org.floorcross.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.floorcross.ledger.Fixtures.day;
import static org.floorcross.ledger.Fixtures.defection;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventKeyTest {

    private final Defection event = defection(day(3, 1), List.of("Ann Baker", "Carl Dunn"), 3, "Labour",
            "Independent", "Broxtowe Independents");

    @Test
    void keyIgnoresSourcesNameOrderAndTitles() {
        Defection sameMove = new Defection(Fixtures.BODY, day(3, 1), DatePrecision.MONTH,
                List.of(Fixtures.OTHER_SOURCE), List.of("Cllr Carl Dunn", "ann baker"), 3, "Labour", "Independent",
                "Broxtowe Independents");

        assertThat(sameMove.key()).isEqualTo(event.key()).hasSize(64);
    }

    @Test
    void keyChangesWithCountDateOrBlocs() {
        assertThat(defection(day(3, 1), List.of("Ann Baker", "Carl Dunn"), 4, "Labour", "Independent",
                "Broxtowe Independents").key()).isNotEqualTo(event.key());
        assertThat(defection(day(3, 2), List.of("Ann Baker", "Carl Dunn"), 3, "Labour", "Independent",
                "Broxtowe Independents").key()).isNotEqualTo(event.key());
        assertThat(defection(day(3, 1), List.of("Ann Baker", "Carl Dunn"), 3, "Labour", "Independent", null).key())
                .isNotEqualTo(event.key());
    }

    @Test
    void rejectsCountSmallerThanNamesAndNamingTheValue() {
        assertThatThrownBy(() -> defection(day(3, 1), List.of("Ann Baker", "Carl Dunn"), 1, "Labour", "Green", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count 1");
    }
}
