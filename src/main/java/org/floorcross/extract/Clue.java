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
 * @param sitsAs whether it only says they sit as independents (which a suspension also entails)
 * @param background whether it is background that only colours other clues (they had been sitting as independents)
 */
record Clue(Cue.Kind kind, String from, String to, String group, Integer count, List<String> people,
            List<BodyRef> bodies, Sentence sentence, double strength, String date, String datePrecision,
            boolean sitsAs, boolean background) {

    Clue {
        people = List.copyOf(people);
        bodies = List.copyOf(bodies);
    }

    /** Whether it says something moved somewhere: news with a party left or joined. */
    boolean definite() {
        return !background && (from != null || to != null);
    }

    Clue withPeople(List<String> more) {
        List<String> all = new java.util.ArrayList<>(people);
        more.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return new Clue(kind, from, to, group, count, all, bodies, sentence, strength, date, datePrecision, sitsAs,
                background);
    }

    /** The same clue with each person's name rewritten, those mapped to null dropped. */
    Clue mapPeople(java.util.function.UnaryOperator<String> rename) {
        List<String> renamed = people.stream().map(rename).filter(java.util.Objects::nonNull).distinct().toList();
        return new Clue(kind, from, to, group, count, renamed, bodies, sentence, strength, date, datePrecision, sitsAs,
                background);
    }

    /** A mover a following sentence places on a body of their own, with the party it says they left. */
    Clue followedBy(Sentence next, String person, BodyRef body, String party) {
        String left = party != null && !party.equals(to) ? party : from;
        return new Clue(kind, left, to, group, null, List.of(person), List.of(body), next, strength, date, datePrecision,
                sitsAs, false);
    }

    Clue withBodies(List<BodyRef> placed) {
        return new Clue(kind, from, to, group, count, people, placed, sentence, strength, date, datePrecision, sitsAs,
                background);
    }
}
