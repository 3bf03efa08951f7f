package org.floorcross.ledger;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Seats per bloc compared between two compositions. */
final class Changes {

    private Changes() {
    }

    static List<BlocChange> between(Composition before, Composition after, boolean includeUnchanged) {
        Set<String> names = new LinkedHashSet<>();
        after.blocs().forEach(b -> names.add(b.name()));
        before.blocs().forEach(b -> names.add(b.name()));
        return names.stream()
                .map(name -> new BlocChange(name, before.seats(name), after.seats(name)))
                .filter(change -> includeUnchanged || change.change() != 0)
                .sorted(Comparator.comparingInt(BlocChange::after).reversed().thenComparing(BlocChange::bloc))
                .toList();
    }
}
