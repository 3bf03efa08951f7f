package org.floorcross.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pure calculation from a body's timeline (bundled rosters and ledger events) to its composition at a date and
 * its history. Entries are replayed in date order; ties keep the order given (rosters first, then insertion order).
 */
final class Projection {

    /** One timeline entry: a ledger event, or a roster bundled with the register. */
    record Entry(Event event, boolean bundled) {}

    private Projection() {
    }

    static Composition at(String bodyId, List<Entry> timeline, LocalDate at) {
        SeatBook book = new SeatBook();
        for (Entry entry : ordered(timeline)) {
            if (entry.event().effective().isAfter(at)) {
                break;
            }
            Moves.apply(book, entry.event());
        }
        return book.snapshot(bodyId, at);
    }

    static List<HistoryEntry> history(String bodyId, List<Entry> timeline) {
        SeatBook book = new SeatBook();
        List<HistoryEntry> steps = new ArrayList<>();
        for (Entry entry : ordered(timeline)) {
            LocalDate day = entry.event().effective();
            Composition before = book.snapshot(bodyId, day);
            int flagged = book.flags.size();
            Moves.apply(book, entry.event());
            List<Flag> raised = entry.event() instanceof Baseline ? List.of()
                    : List.copyOf(book.flags.subList(flagged, book.flags.size()));
            Composition after = book.snapshot(bodyId, day);
            steps.add(new HistoryEntry(entry.event(), entry.bundled(), Changes.between(before, after, false), raised,
                    before.control(), after));
        }
        return steps;
    }

    /** Every flag the timeline raises, each event's flags from its own place in the timeline. */
    static List<Flag> flags(String bodyId, List<Entry> timeline) {
        return history(bodyId, timeline).stream().flatMap(step -> step.flags().stream()).toList();
    }

    private static List<Entry> ordered(List<Entry> timeline) {
        return timeline.stream().sorted(Comparator.comparing(e -> e.event().effective())).toList();
    }
}
