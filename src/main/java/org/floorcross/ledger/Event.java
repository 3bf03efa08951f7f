package org.floorcross.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated change on one body: a baseline roster, a defection, a suspension, a reinstatement, a vacancy or a
 * by-election. Every event links back to its sources.
 */
public sealed interface Event permits Baseline, Defection, Suspension, Reinstatement, Vacancy, ByElection {

    String bodyId();

    LocalDate effective();

    DatePrecision precision();

    List<Source> sources();

    /** The same event with other sources. */
    Event withSources(List<Source> sources);

    /** The stable content key: a hash of kind, body, date, people, count and blocs; never of sources. */
    default String key() {
        return EventKey.of(this);
    }

    /** The kind in lower case: baseline, defection, suspension, reinstatement, vacancy, by-election. */
    default String kind() {
        return switch (this) {
            case Baseline b -> "baseline";
            case Defection d -> "defection";
            case Suspension s -> "suspension";
            case Reinstatement r -> "reinstatement";
            case Vacancy v -> "vacancy";
            case ByElection e -> "by-election";
        };
    }
}
