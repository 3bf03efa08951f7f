package org.floorcross.review;

import java.util.Objects;

/**
 * What identifies a move apart from who and how many: its kind, the body, and the blocs left and joined.
 *
 * @param kind defection, suspension or reinstatement
 * @param bodyId the register id, or null when the body is not in the register
 * @param bodyName the official name, or the name as written
 * @param from the bloc left, or null when not stated
 * @param to the bloc joined, or null when not stated
 */
record Move(String kind, String bodyId, String bodyName, String from, String to) {

    Move {
        if (kind == null || kind.isBlank() || bodyName == null || bodyName.isBlank()) {
            throw new IllegalArgumentException("a move needs a kind and a body, got '" + kind + "', '" + bodyName + "'");
        }
    }

    /** Same kind and body, and the blocs agree wherever both reports state them. */
    boolean sameAs(Move other) {
        return kind.equals(other.kind) && sameBody(other) && agree(from, other.from) && agree(to, other.to);
    }

    private boolean sameBody(Move other) {
        if (bodyId != null && other.bodyId != null) {
            return bodyId.equals(other.bodyId);
        }
        return bodyName.equalsIgnoreCase(other.bodyName);
    }

    private static boolean agree(String a, String b) {
        return a == null || b == null || Objects.equals(a, b);
    }
}
