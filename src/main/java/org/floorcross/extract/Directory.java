package org.floorcross.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.floorcross.register.Body;
import org.floorcross.register.Membership;

/** What extraction asks of the register; an interface so rules can be tested against a small hand-made register. */
interface Directory {

    /** The single body a name as written denotes, if exactly one. */
    Optional<Body> body(String name);

    /** The single body whose whole name or place name is exactly this ("Pendle"), never one it only begins. */
    default Optional<Body> bodyNamed(String place) {
        return body(place);
    }

    /** Like {@link #body(String)}, preferring bodies within or above the given one (town and parish councils). */
    Optional<Body> bodyNear(String name, String nearBodyId);

    /** The canonical name of the party a label or alias names. */
    Optional<String> party(String label);

    /**
     * Every registered party's names as they may be written, with the name to output for each ("Mebyon Kernow",
     * "Social Democratic Party"); the party lexicon matches them in text.
     */
    default List<java.util.Map.Entry<String, String>> partyLabels() {
        return List.of();
    }

    /** Where a person of that name sits, in the latest roster of each body at or before the date. */
    List<Membership> members(String personName, LocalDate at);

    /** The body's ward names in its rosters, as {@link #key} gives them ("heston west"); names, not people. */
    default java.util.Set<String> wards(String bodyId) {
        return java.util.Set.of();
    }

    /** How ward names are compared: stripped and lower-cased. */
    static String key(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
