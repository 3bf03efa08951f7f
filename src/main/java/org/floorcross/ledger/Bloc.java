package org.floorcross.ledger;

import java.util.List;
import org.floorcross.register.Party;

/**
 * Seats a bloc holds in a composition.
 *
 * @param name the party or group name, or {@link Party#INDEPENDENT} for plain independents taken together
 * @param seats how many seats it holds
 * @param members the named members sitting in it (unnamed seats from count-only baselines are not listed)
 * @param unresolved seats moved in (positive) or out (negative) by count-only events, whose holders are not known
 */
public record Bloc(String name, int seats, List<String> members, int unresolved) {

    public Bloc {
        members = List.copyOf(members);
    }

    /** Whether these are plain independents, each of whom is a bloc of one for control. */
    public boolean plainIndependents() {
        return Party.INDEPENDENT.equals(name);
    }
}
