package org.floorcross.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.floorcross.register.Roster;
import org.floorcross.register.Seat;
import org.junit.jupiter.api.Test;

class ElectionsTest {

    @Test
    void aRosterWithManyNewMembersFollowsAnElectionOnTheFirstThursdayInMay() {
        Roster y2022 = roster(2022, "a", 10);
        Roster y2023 = roster(2023, "b", 10);
        Roster y2024 = roster(2024, "b", 10);
        assertThat(Elections.of(List.of(y2022, y2023, y2024))).containsExactly(LocalDate.of(2023, 5, 4));
    }

    private static Roster roster(int year, String prefix, int seats) {
        List<Seat> list = new ArrayList<>();
        for (int i = 0; i < seats; i++) {
            list.add(new Seat(prefix + " member " + (char) ('a' + i), "ward", "Labour", "Labour Party"));
        }
        return new Roster("E07000172", LocalDate.of(year, 12, 31), true, list, "test");
    }
}
