package org.floorcross.ledger;

import java.util.List;

/**
 * One step of a body's history: a baseline or event, and what it changed.
 *
 * @param event the baseline or event
 * @param bundled whether it is a roster bundled with the register rather than an event in the ledger
 * @param changes the blocs whose seats it changed (for a baseline, against the composition just before it)
 * @param flags conflicts this step raised
 * @param after the composition just after it
 */
public record HistoryEntry(Event event, boolean bundled, List<BlocChange> changes, List<Flag> flags,
                           Control controlBefore, Composition after) {

    public HistoryEntry {
        changes = List.copyOf(changes);
        flags = List.copyOf(flags);
    }
}
