package org.floorcross.register;

import java.time.LocalDate;
import java.util.List;

/**
 * Who held a body's seats at a baseline: a councillor roster year file, or a parliament's post-election composition.
 *
 * @param bodyId the body's id
 * @param effective the date the roster is taken to hold from: a parliament's election day, or for an Open Council
 *                  Data year file that year's May local-election day (docs/rosters.md explains why)
 * @param approximate whether that date is an approximation rather than a dated snapshot (true for every council
 *                    year file, which already includes by-elections and defections later in the year)
 * @param seats every seat, vacancies included
 * @param source where it came from, with attribution (Open Council Data UK roster 2023)
 */
public record Roster(String bodyId, LocalDate effective, boolean approximate, List<Seat> seats, String source) {

    public Roster {
        seats = List.copyOf(seats);
    }

    public int totalSeats() {
        return seats.size();
    }
}
