package org.floorcross.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * The whip is restored or membership readmitted: the people (or a count of unnamed independents) return to the party.
 *
 * @param party the party they return to
 */
public record Reinstatement(String bodyId, LocalDate effective, DatePrecision precision, List<Source> sources,
                            List<String> people, Integer count, String party) implements Event {

    public Reinstatement {
        Checks.common("reinstatement", bodyId, effective, precision, sources);
        sources = List.copyOf(sources);
        people = List.copyOf(people);
        Checks.peopleAndCount("reinstatement", bodyId, people, count);
        Checks.requireText("reinstatement on " + bodyId, "party", party);
    }

    @Override
    public Reinstatement withSources(List<Source> sources) {
        return new Reinstatement(bodyId, effective, precision, sources, people, count, party);
    }
}
