package org.floorcross.extract;

/**
 * A phrase that reports a change of allegiance, found in a sentence.
 *
 * @param kind what sort of change it reports
 * @param role which side of the move the party after it is on
 * @param start offset in the sentence
 * @param end offset just past it
 */
record Cue(Kind kind, Role role, int start, int end) {

    enum Kind {
        DEFECTION("defection"), SUSPENSION("suspension"), REINSTATEMENT("reinstatement");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** FROM: the party after the cue is the one left; TO: the one joined; SELF: the cue needs no object. */
    enum Role { FROM, TO, SELF }
}
