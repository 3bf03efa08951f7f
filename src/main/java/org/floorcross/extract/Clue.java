package org.floorcross.extract;

import java.util.List;

/**
 * What one sentence says about one kind of change: the raw material the {@link Stories} merge into events.
 *
 * @param kind defection, suspension or reinstatement
 * @param from the party left (canonical), or null
 * @param to the party joined (canonical), or null
 * @param group a named group formed or joined, or null
 * @param count the number of movers stated, or null
 * @param people full names of the movers named in the sentence
 * @param bodies the bodies the sentence names for the move
 * @param sentence where it was said
 * @param strength how plainly the sentence says it, 0 to 1
 * @param date ISO date of the move if the sentence gives one, else null
 * @param datePrecision day or month, or null
 */
record Clue(Cue.Kind kind, String from, String to, String group, Integer count, List<String> people,
            List<BodyRef> bodies, Sentence sentence, double strength, String date, String datePrecision) {

    Clue {
        people = List.copyOf(people);
        bodies = List.copyOf(bodies);
    }
}
