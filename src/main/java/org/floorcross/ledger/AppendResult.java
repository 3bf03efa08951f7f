package org.floorcross.ledger;

import java.util.List;

/**
 * What appending one event did.
 *
 * @param event the event as now held, with all its sources
 * @param added true when new, false when already present (its new sources, if any, were added)
 * @param sourcesAdded how many sources were new
 * @param flags conflicts the event raises
 * @param before the body's composition at the event's date without it
 * @param after the body's composition at the event's date with it
 */
public record AppendResult(RecordedEvent event, boolean added, int sourcesAdded, List<Flag> flags,
                           Composition before, Composition after) {

    public AppendResult {
        flags = List.copyOf(flags);
    }
}
