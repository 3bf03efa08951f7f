package org.floorcross.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RosterTest {

    private static final String BROXTOWE = "E07000172";
    private static final String PENDLE = "E07000122";
    private final Register register = Register.bundled();

    @Test
    void broxtoweRosterAfterMay2023ElectionsCountsSeatsPerBloc() {
        Roster roster = register.rosterAt(BROXTOWE, LocalDate.of(2023, 5, 4)).orElseThrow();
        assertThat(roster.effective()).isEqualTo(LocalDate.of(2023, 5, 4));
        assertThat(roster.approximate()).isTrue();
        assertThat(roster.totalSeats()).isEqualTo(44);
        assertThat(blocs(roster)).containsExactlyInAnyOrderEntriesOf(
                Map.of("Labour", 26L, "Conservative", 10L, "Liberal Democrats", 5L, "Independent", 3L));
        assertThat(roster.source()).contains("Open Council Data UK");
    }

    @Test
    void rostersRunOldestFirstOneAYear() {
        List<Roster> rosters = register.rosters(BROXTOWE);
        assertThat(rosters).hasSize(10);
        assertThat(rosters.get(0).effective()).isEqualTo(LocalDate.of(2016, 5, 5));
        assertThat(rosters.get(9).effective()).isEqualTo(LocalDate.of(2025, 5, 1));
    }

    @Test
    void pendle2023RosterHasLabourCouncillorsByName() {
        Roster roster = register.rosterAt(PENDLE, LocalDate.of(2023, 12, 31)).orElseThrow();
        assertThat(roster.seats()).filteredOn(seat -> "Labour".equals(seat.party()))
                .extracting(Seat::member).contains("Asjad Mahmood", "Yvonne Tennant");
        assertThat(roster.seats()).filteredOn(seat -> "Labour".equals(seat.party()))
                .extracting(Seat::label).containsOnly("Labour Party");
    }

    @Test
    void vacantSeatHasNoParty() {
        Roster nottinghamshire = register.rosterAt("E10000024", LocalDate.of(2025, 6, 1)).orElseThrow();
        assertThat(nottinghamshire.seats()).filteredOn(Seat::vacant).isNotEmpty()
                .allSatisfy(seat -> assertThat(seat.label()).isEqualTo("Vacant"));
    }

    @Test
    void localGroupKeepsItsRegisteredName() {
        Roster nottinghamshire = register.rosterAt("E10000024", LocalDate.of(2025, 6, 1)).orElseThrow();
        assertThat(nottinghamshire.seats()).extracting(Seat::party).contains("Broxtowe Alliance", "Reform UK");
    }

    @Test
    void findsMemberByNameInTheRosterAtTheDate() {
        List<Membership> found = register.findMembers("Asjad Mahmood", LocalDate.of(2024, 2, 1));
        assertThat(found).extracting(membership -> membership.body().id()).contains(PENDLE);
        assertThat(found).filteredOn(membership -> membership.body().id().equals(PENDLE))
                .allSatisfy(membership -> assertThat(membership.roster().effective())
                        .isEqualTo(LocalDate.of(2023, 5, 4)));
    }

    @Test
    void findsMemberDespiteTitlesHonoursAndCase() {
        assertThat(register.findMembers("Cllr MOHAMMED IQBAL", LocalDate.of(2024, 2, 1)))
                .extracting(membership -> membership.seat().member()).contains("Mohammed Iqbal MBE");
    }

    @Test
    void middleNamesAreOptional() {
        assertThat(register.findMembers("David Smith", LocalDate.of(2024, 2, 1)))
                .extracting(membership -> membership.seat().member()).contains("David Ambrose Smith");
    }

    @Test
    void singleWordOrUnknownNameFindsNobody() {
        assertThat(register.findMembers("Mahmood", LocalDate.of(2024, 2, 1))).isEmpty();
        assertThat(register.findMembers("Zebedee Quuxworthy", LocalDate.of(2024, 2, 1))).isEmpty();
    }

    @Test
    void parishCouncilsHaveNoRoster() {
        assertThat(register.rosters("E04005233")).isEmpty();
    }

    static Map<String, Long> blocs(Roster roster) {
        return roster.seats().stream().filter(seat -> !seat.vacant())
                .collect(Collectors.groupingBy(Seat::party, Collectors.counting()));
    }
}
