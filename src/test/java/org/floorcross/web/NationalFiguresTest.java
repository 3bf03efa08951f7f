package org.floorcross.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.floorcross.web.NationalFigures.Flow;
import org.floorcross.web.Records.EventView;
import org.junit.jupiter.api.Test;

class NationalFiguresTest {

    private static EventView move(String from, String to, int seats, LocalDate date) {
        return new EventView("e" + from + to + date, "defection", "X", "X Council", date, "DAY", from, to, null, seats,
                List.of(), List.of(), false, null);
    }

    private final List<EventView> events = List.of(
            move("Labour", "Independent", 20, LocalDate.of(2025, 1, 2)),
            move("Independent", "Labour", 2, LocalDate.of(2025, 3, 1)),
            move("Conservative", "Reform UK", 3, LocalDate.of(2024, 6, 1)));

    @Test
    void nettsOppositeFlowsAndCountsLossesAndGains() {
        NationalFigures figures = NationalFigures.of(events, null, null);
        assertThat(figures.flows()).containsExactly(new Flow("Labour", "Independent", 18),
                new Flow("Conservative", "Reform UK", 3));
        assertThat(figures.changes()).filteredOn(c -> c.party().equals("Labour"))
                .singleElement().satisfies(c -> assertThat(c.net()).isEqualTo(-18));
    }

    @Test
    void keepsOnlyEventsInThePeriod() {
        NationalFigures figures = NationalFigures.of(events, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(figures.events()).isEqualTo(2);
        assertThat(figures.flows()).extracting(Flow::from).containsExactly("Labour");
    }
}
