package org.floorcross.ledger;

import java.util.List;

/**
 * Who controls a body: one bloc with a majority, or no overall control with the largest bloc.
 *
 * @param kind majority or no overall control
 * @param bloc the majority bloc, or the largest bloc (the first by name when tied); null with no seats filled
 * @param seats the seats that bloc holds
 * @param seatsNeeded floor(total seats / 2) + 1
 * @param tiedWith other blocs as large as {@code bloc} (empty unless tied)
 */
public record Control(Kind kind, String bloc, int seats, int seatsNeeded, List<String> tiedWith) {

    public enum Kind { MAJORITY, NO_OVERALL_CONTROL }

    public Control {
        tiedWith = List.copyOf(tiedWith);
    }

    public boolean majority() {
        return kind == Kind.MAJORITY;
    }

    /** A short description: "Labour majority (24 seats; 23 needed)" or "No overall control; largest bloc Labour (20 seats)". */
    public String describe() {
        if (kind == Kind.MAJORITY) {
            return bloc + " majority (" + seats + " seats; " + seatsNeeded + " needed)";
        }
        if (bloc == null) {
            return "No overall control; no seats filled";
        }
        String tie = tiedWith.isEmpty() ? "" : ", tied with " + String.join(", ", tiedWith);
        return "No overall control; largest bloc " + bloc + " (" + seats + " seats" + tie + ")";
    }
}
