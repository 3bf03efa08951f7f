package org.floorcross.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.floorcross.web.Records.BlocSeats;
import org.junit.jupiter.api.Test;

class HemicycleTest {

    @Test
    void drawsOneDotPerSeatForSmallAndLargeBodies() {
        for (int seats : new int[] {1, 7, 44, 129, 650}) {
            assertThat(Hemicycle.layout(seats)).hasSize(seats);
        }
    }

    @Test
    void colourInTheOrderOfTheBlocsWithEmptySeatsLast() {
        String svg = Hemicycle.svg(List.of(new BlocSeats("Labour", 3, List.of(), 0),
                new BlocSeats("Conservative", 1, List.of(), 0)), 5, 3).render();
        assertThat(svg.split("<circle", -1)).hasSize(6);
        assertThat(svg.indexOf("<title>Labour</title>")).isLessThan(svg.indexOf("<title>Conservative</title>"));
        assertThat(svg).contains("<title>Vacant</title>").contains("3 for a majority");
    }

    @Test
    void escapesBlocNames() {
        String svg = Hemicycle.svg(List.of(new BlocSeats("<b>Group</b>", 1, List.of(), 0)), 1, 1).render();
        assertThat(svg).contains("&lt;b&gt;Group&lt;/b&gt;").doesNotContain("<b>");
    }
}
