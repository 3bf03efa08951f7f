package org.floorcross.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ParliamentBaselineTest {

    private final Register register = Register.bundled();

    @ParameterizedTest
    @CsvSource({"house-of-commons,2024-07-04,650", "scottish-parliament,2021-05-06,129", "senedd,2021-05-06,60",
        "ni-assembly,2022-05-05,90"})
    void baselineSumsToTheChambersSize(String bodyId, LocalDate election, int total) {
        Roster roster = register.rosters(bodyId).get(0);
        assertThat(roster.effective()).isEqualTo(election);
        assertThat(roster.approximate()).isFalse();
        assertThat(roster.totalSeats()).isEqualTo(total);
        assertThat(roster.seats()).allSatisfy(seat -> assertThat(seat.member()).isNull());
    }

    @Test
    void commonsBaselineUsesCanonicalBlocs() {
        Map<String, Long> blocs = RosterTest.blocs(register.rosters("house-of-commons").get(0));
        assertThat(blocs).containsEntry("Labour", 411L).containsEntry("Conservative", 121L)
                .containsEntry("Liberal Democrats", 72L).containsEntry("Sinn Féin", 7L)
                .containsEntry("Speaker", 1L).containsEntry("Independent", 6L);
    }

    @Test
    void niAssemblyBaselineCountsSinnFeinFirst() {
        Map<String, Long> blocs = RosterTest.blocs(register.rosters("ni-assembly").get(0));
        assertThat(blocs).containsEntry("Sinn Féin", 27L).containsEntry("DUP", 25L).containsEntry("Alliance", 17L)
                .containsEntry("People Before Profit", 1L);
    }
}
