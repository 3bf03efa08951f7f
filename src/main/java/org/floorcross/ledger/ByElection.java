package org.floorcross.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * A vacant seat is filled.
 *
 * @param ward the ward or constituency; null if unknown (then any vacant seat is filled)
 * @param person the winner
 * @param party the winner's bloc (a party, Independent, or a group)
 */
public record ByElection(String bodyId, LocalDate effective, DatePrecision precision, List<Source> sources,
                         String ward, String person, String party) implements Event {

    public ByElection {
        Checks.common("by-election", bodyId, effective, precision, sources);
        sources = List.copyOf(sources);
        Checks.requireText("by-election on " + bodyId, "person", person);
        Checks.requireText("by-election on " + bodyId, "party", party);
    }

    @Override
    public ByElection withSources(List<Source> sources) {
        return new ByElection(bodyId, effective, precision, sources, ward, person, party);
    }
}
