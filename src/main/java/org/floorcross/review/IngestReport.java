package org.floorcross.review;

import java.util.List;

/**
 * What one ingest run did.
 *
 * @param read how many articles were offered
 * @param stored how many were new and stored (with their claims, merged and applied)
 * @param duplicates how many were already stored (by content) and changed nothing
 * @param claims how many claims the new articles gave
 * @param events the proposed events the new claims created or joined, in order of first touch
 * @param failures one line per article that could not be ingested; its transaction was rolled back
 */
public record IngestReport(int read, int stored, int duplicates, int claims, List<Long> events,
                           List<String> failures) {

    public IngestReport {
        events = List.copyOf(events);
        failures = List.copyOf(failures);
    }
}
