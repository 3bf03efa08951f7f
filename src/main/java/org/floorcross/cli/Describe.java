package org.floorcross.cli;

import java.util.List;
import org.floorcross.ledger.Baseline;
import org.floorcross.ledger.ByElection;
import org.floorcross.ledger.Defection;
import org.floorcross.ledger.Event;
import org.floorcross.ledger.Reinstatement;
import org.floorcross.ledger.Suspension;
import org.floorcross.ledger.Vacancy;

/** One line of words for an event. */
final class Describe {

    private Describe() {
    }

    static String event(Event event) {
        return switch (event) {
            case Baseline b -> "baseline: " + b.description() + " (" + b.seats().size() + " seats)";
            case Defection d -> "defection: " + who(d.people(), d.count()) + " " + orUnknown(d.from()) + " -> "
                    + orUnknown(d.to()) + (d.group() == null ? "" : " (group: " + d.group() + ")");
            case Suspension s -> "suspension: " + who(s.people(), s.count()) + " lost the " + s.party() + " whip";
            case Reinstatement r -> "reinstatement: " + who(r.people(), r.count()) + " back to " + r.party();
            case Vacancy v -> "vacancy: " + v.person() + (v.ward() == null ? "" : " (" + v.ward() + ")") + " left the seat";
            case ByElection e -> "by-election: " + e.person() + " (" + e.party() + ")"
                    + (e.ward() == null ? "" : " won " + e.ward());
        };
    }

    private static String who(List<String> people, Integer count) {
        String names = String.join(", ", people);
        if (count == null || count == people.size()) {
            return people.isEmpty() ? "members" : names;
        }
        return people.isEmpty() ? count + " members" : names + " and " + (count - people.size()) + " others";
    }

    private static String orUnknown(String bloc) {
        return bloc == null ? "(not stated)" : bloc;
    }
}
