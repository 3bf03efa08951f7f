package org.floorcross.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.floorcross.ledger.AppendResult;

import org.floorcross.ledger.Composition;
import org.floorcross.ledger.Flag;

/** What applying an event changed, in words for the history: seats per bloc and control, before and after. */
final class Compositions {

    private Compositions() {
    }

    static String describe(AppendResult result) {
        Composition before = result.before();
        Composition after = result.after();
        String text = before.totalSeats() == 0 && after.totalSeats() == 0
                ? "the ledger holds no seats for this body, so there is no composition to change"
                : "seats " + changes(before, after) + "; control " + before.control().describe() + " -> "
                        + after.control().describe();
        List<Flag> flags = result.flags();
        if (!flags.isEmpty()) {
            text += "; flagged: " + flags.stream().map(f -> f.reason() + " (" + f.detail() + ")")
                    .collect(Collectors.joining("; "));
        }
        return text;
    }

    static String changes(Composition before, Composition after) {
        Set<String> names = new LinkedHashSet<>();
        before.blocs().forEach(b -> names.add(b.name()));
        after.blocs().forEach(b -> names.add(b.name()));
        String changed = names.stream()
                .filter(name -> before.seats(name) != after.seats(name))
                .map(name -> name + " " + before.seats(name) + " -> " + after.seats(name))
                .collect(Collectors.joining(", "));
        return changed.isEmpty() ? "unchanged" : changed;
    }

}
