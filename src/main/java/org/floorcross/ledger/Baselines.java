package org.floorcross.ledger;

import java.util.List;
import org.floorcross.register.Roster;

/** Where the ledger finds a body's bundled rosters; the application passes {@code register::rosters}. */
@FunctionalInterface
public interface Baselines {

    /** The body's rosters, oldest first; empty when none is known. */
    List<Roster> rosters(String bodyId);
}
