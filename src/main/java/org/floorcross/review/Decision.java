package org.floorcross.review;

/**
 * Who made a review decision and why; kept in the event's history.
 *
 * @param by the editor's name
 * @param why the reason given, or null
 */
public record Decision(String by, String why) {

    public Decision {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("a decision needs the name of who made it, got '" + by + "'");
        }
    }
}
