package org.floorcross.extract;

import org.floorcross.register.Body;
import org.floorcross.register.BodyKind;

/**
 * A body as an event names it: the register's official name (or, for town and parish councils and bodies the register
 * does not know, the name as the article styles it) and the register's body when known.
 *
 * @param name the name to output
 * @param body the register's body, or null if not in the register
 */
record BodyRef(String name, Body body) {

    String id() {
        return body == null ? null : body.id();
    }

    boolean parish() {
        return body == null ? name.matches(".*\\b(?:Town|Parish|Community|Village) Council$")
                : body.kind() == BodyKind.TOWN_OR_PARISH;
    }

    boolean parliament() {
        return body != null && body.kind() == BodyKind.PARLIAMENT;
    }

    /** The key under which events on the same body merge. */
    String key() {
        return body == null ? name.toLowerCase(java.util.Locale.ROOT) : body.id();
    }
}
