package org.floorcross.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.floorcross.ledger.Bloc;
import org.floorcross.ledger.Composition;
import org.floorcross.ledger.Control;
import org.floorcross.ledger.Ledger;
import org.floorcross.ledger.RecordedEvent;
import org.floorcross.review.ProposedEvent;
import org.floorcross.review.Status;

/** Renders an accepted event's effect on its body: seats per bloc and control the day before and on the day. */
final class Changes {

    private final Ledger ledger;

    Changes(Ledger ledger) {
        this.ledger = ledger;
    }

    void print(PrintWriter out, ProposedEvent event) {
        RecordedEvent recorded = event.ledgerKey() == null ? null : ledger.findEvent(event.ledgerKey()).orElse(null);
        if (recorded == null) {
            out.printf("%s — %s, %s; not in the ledger%n", event.bodyName(), event.move(),
                    event.status().name().toLowerCase(java.util.Locale.ROOT));
            Proposals.print(out, event, false);
            if (event.status() == Status.ACCEPTED) {
                out.println("    recorded as an event without a composition: the ledger knows no seats for it that"
                        + " this report could move");
            }
            out.println();
            return;
        }
        Composition before = ledger.composition(event.bodyId(), recorded.event().effective().minusDays(1));
        Composition after = ledger.composition(event.bodyId(), recorded.event().effective());
        if (after.baselineDate() == null) {
            out.printf("%s — %s; its seats are not known, so the event is recorded without a composition%n",
                    event.bodyName(), event.move());
        } else {
            out.printf("%s — %s, %s, %d needed for a majority, dated %s, with %d source(s)%n", event.bodyName(),
                    seats(before, after), control(after.control()), after.control().seatsNeeded(),
                    event.date().describe(), event.reports().size());
        }
        Proposals.print(out, event, false);
        if (after.baselineDate() != null) {
            out.printf("    before: %s; %s%n", blocs(before), control(before.control()));
            out.printf("    after:  %s; %s%n", blocs(after), control(after.control()));
        }
        after.flags().stream().filter(f -> f.eventKey().equals(recorded.key()))
                .forEach(f -> out.printf("    not moved: %s%n", f.detail()));
        after.unresolved().stream().filter(u -> u.event().key().equals(recorded.key()))
                .forEach(u -> out.printf("    unresolved: %d seat(s) moved %s -> %s whose members no report names%n",
                        u.count(), u.from(), u.to()));
        out.println();
    }

    private static String seats(Composition before, Composition after) {
        Set<String> names = new LinkedHashSet<>();
        before.blocs().forEach(b -> names.add(b.name()));
        after.blocs().forEach(b -> names.add(b.name()));
        String changed = names.stream().filter(n -> before.seats(n) != after.seats(n))
                .map(n -> before.seats(n) == 0 ? n + " " + after.seats(n) : n + " " + before.seats(n) + " → " + after.seats(n))
                .collect(Collectors.joining(", "));
        return changed.isEmpty() ? "no seats changed" : changed;
    }

    private static String blocs(Composition c) {
        List<Bloc> blocs = c.blocs();
        return blocs.stream().map(b -> b.name() + " " + b.seats()).collect(Collectors.joining(", "))
                + " (of " + c.totalSeats() + ")";
    }

    private static String control(Control control) {
        return control.majority() ? control.bloc() + " majority"
                : "no overall control (largest: " + control.bloc() + " " + control.seats() + ")";
    }
}
