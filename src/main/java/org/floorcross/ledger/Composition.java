package org.floorcross.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * Seats per bloc on a body at a date: the latest baseline at or before the date plus the events after it.
 *
 * @param baselineDate the baseline's effective date; null when the body has no baseline yet
 * @param baselineSource where the baseline comes from; null without one
 * @param totalSeats every seat, vacancies included
 * @param blocs the blocs holding seats, largest first
 * @param vacancies empty seats
 * @param flags conflicts found in the events applied since the baseline
 * @param unresolved count-only moves whose members are not yet named
 * @param eventsApplied how many events since the baseline were applied
 */
public record Composition(String bodyId, LocalDate at, LocalDate baselineDate, String baselineSource, int totalSeats,
                          List<Bloc> blocs, int vacancies, Control control, List<Flag> flags,
                          List<UnresolvedMove> unresolved, int eventsApplied) {

    public Composition {
        blocs = List.copyOf(blocs);
        flags = List.copyOf(flags);
        unresolved = List.copyOf(unresolved);
    }

    /** The seats a bloc holds; 0 if it holds none. */
    public int seats(String bloc) {
        return blocs.stream().filter(b -> b.name().equals(bloc)).mapToInt(Bloc::seats).sum();
    }
}
