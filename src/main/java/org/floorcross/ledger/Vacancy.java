package org.floorcross.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * A named member leaves their seat empty (resignation, death, disqualification).
 *
 * @param person the member leaving, as written
 * @param ward their ward, if known (helps tell two members of the same name apart)
 */
public record Vacancy(String bodyId, LocalDate effective, DatePrecision precision, List<Source> sources,
                      String person, String ward) implements Event {

    public Vacancy {
        Checks.common("vacancy", bodyId, effective, precision, sources);
        sources = List.copyOf(sources);
        Checks.requireText("vacancy on " + bodyId, "person", person);
    }

    @Override
    public Vacancy withSources(List<Source> sources) {
        return new Vacancy(bodyId, effective, precision, sources, person, ward);
    }
}
