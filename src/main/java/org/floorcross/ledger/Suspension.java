package org.floorcross.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * A party removes the whip or suspends membership: the people (or a count of unnamed members) sit as independents.
 *
 * @param party the party they were suspended from
 */
public record Suspension(String bodyId, LocalDate effective, DatePrecision precision, List<Source> sources,
                         List<String> people, Integer count, String party) implements Event {

    public Suspension {
        Checks.common("suspension", bodyId, effective, precision, sources);
        sources = List.copyOf(sources);
        people = List.copyOf(people);
        Checks.peopleAndCount("suspension", bodyId, people, count);
        Checks.requireText("suspension on " + bodyId, "party", party);
    }

    @Override
    public Suspension withSources(List<Source> sources) {
        return new Suspension(bodyId, effective, precision, sources, people, count, party);
    }
}
