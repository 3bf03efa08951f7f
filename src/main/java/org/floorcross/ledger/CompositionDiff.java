package org.floorcross.ledger;

import java.util.List;

/**
 * How a body's composition changed between two dates.
 *
 * @param changes every bloc present at either date, with seats before and after (unchanged blocs included)
 * @param events the events dated after {@code before.at()} and up to {@code after.at()}
 */
public record CompositionDiff(Composition before, Composition after, List<BlocChange> changes, List<Event> events) {

    public CompositionDiff {
        changes = List.copyOf(changes);
        events = List.copyOf(events);
    }

    public Control controlBefore() {
        return before.control();
    }

    public Control controlAfter() {
        return after.control();
    }

    /** Whether control changed hands or a majority was won or lost. */
    public boolean controlChanged() {
        return controlBefore().kind() != controlAfter().kind()
                || (controlAfter().majority() && !controlAfter().bloc().equals(controlBefore().bloc()));
    }
}
