package org.floorcross.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.floorcross.register.Roster;
import org.floorcross.register.Seat;

/**
 * Who held every seat on a body from a date: a bundled roster, an election result, or a user-supplied seat count.
 *
 * @param seats every seat, vacancies included ({@link Seat#party()} is the bloc, null when vacant)
 * @param description where the snapshot comes from, with attribution (Open Council Data UK roster 2023)
 */
public record Baseline(String bodyId, LocalDate effective, DatePrecision precision, List<Source> sources,
                       List<Seat> seats, String description) implements Event {

    public Baseline {
        Checks.common("baseline", bodyId, effective, precision, sources);
        sources = List.copyOf(sources);
        seats = List.copyOf(seats);
        if (seats.isEmpty()) {
            throw new IllegalArgumentException("baseline on " + bodyId + " at " + effective + " has no seats");
        }
    }

    /** The baseline a register roster gives. */
    public static Baseline of(Roster roster) {
        DatePrecision precision = roster.approximate() ? DatePrecision.APPROXIMATE : DatePrecision.DAY;
        return new Baseline(roster.bodyId(), roster.effective(), precision, List.of(), roster.seats(), roster.source());
    }

    /** A baseline known only as seats per bloc (a parish council's own figures), with unnamed members. */
    public static Baseline ofCounts(String bodyId, LocalDate effective, DatePrecision precision,
                                    Map<String, Integer> seatsPerBloc, int vacancies, List<Source> sources,
                                    String description) {
        List<Seat> seats = new ArrayList<>();
        seatsPerBloc.forEach((bloc, n) -> {
            for (int i = 0; i < n; i++) {
                seats.add(new Seat(null, null, bloc, bloc));
            }
        });
        for (int i = 0; i < vacancies; i++) {
            seats.add(new Seat(null, null, null, null));
        }
        return new Baseline(bodyId, effective, precision, sources, seats, description);
    }

    @Override
    public Baseline withSources(List<Source> sources) {
        return new Baseline(bodyId, effective, precision, sources, seats, description);
    }
}
