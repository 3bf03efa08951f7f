package org.floorcross.extract;

import java.util.List;

/**
 * What one clause says about a change of allegiance: who (the movers), which way (the parties left and joined), and
 * how the clause tells it (as news, as something earlier, as a possibility). The raw material of {@link Chronicle}.
 *
 * @param kind defection, suspension or reinstatement
 * @param act what the clause's verb does: leaving, joining, sitting as, forming a group, ...
 * @param from the party left (canonical), or null
 * @param to the party joined (canonical, Independent included), or null
 * @param group a named group formed or joined, or null
 * @param movers who moved, as the clause names or describes them
 * @param bodies bodies the clause names for the movers
 * @param telling how the clause tells it
 * @param parse the sentence it is in
 * @param trigger the index of the token that says it
 * @param date the day or month of the move when the clause states one (ISO), else null
 * @param datePrecision "day" or "month" with a date, else null
 * @param now whether the clause dates the move to the article's present ("today", "on Monday", "this week")
 * @param also whether the clause adds to moves already told ("also quit", "another councillor", "a second MP")
 */
record Move(Cue.Kind kind, Act act, String from, String to, String group, Movers movers, List<BodyRef> bodies,
            Telling telling, Parse parse, int trigger, String date, String datePrecision, boolean now, boolean also) {

    Move {
        bodies = List.copyOf(bodies);
    }

    /**
     * What the verb does; a clause may say only one side of a move ("quit Labour") or only its result ("sits as").
     * ELECTED ("elected as a Conservative") is never news: it tells the status the movers started from.
     */
    enum Act { LEAVE, JOIN, SWITCH, SIT, FORM, SUSPEND, EXPEL, REINSTATE, ELECTED }

    /** How the clause tells the move. */
    enum Telling {
        /** reported as happening now: "has quit", "quits", "announced he had quit" */
        NEWS,
        /** an earlier move told as context: "who defected last year", "in 2019 she joined" */
        PAST,
        /** a standing state from an earlier move: "had left the party", "has sat as an independent since" */
        STATE,
        /** future, possible, intended, conditional: "will join", "is considering", "could defect" */
        IRREALIS,
        /** denied or negated: "has not quit", "denied defecting" */
        NEGATED
    }

    /**
     * Who moved.
     *
     * @param people full names as written, in order
     * @param count how many the clause says moved, or null
     * @param party the party the clause describes them by ("two Labour councillors"), or null
     * @param title the kind of representative named ("councillor", "MP", "MSP"), or null
     * @param former whether they are described as former representatives ("former MP")
     * @param pronoun whether the clause names them only by a pronoun or a description ("she", "the pair")
     * @param representatives false when the phrase names party members, activists or officials, not representatives
     * @param firstPerson whether the movers are "I" or "we": a quotation, which tells the news but adds no event
     * @param mixed whether the phrase describes them by several parties ("Labour, Green and Lib Dem councillors")
     * @param start where the mover phrase starts in the article
     */
    record Movers(List<String> people, Integer count, String party, String title, boolean former, boolean pronoun,
                  boolean representatives, boolean firstPerson, boolean mixed, int start) {

        Movers {
            people = List.copyOf(people);
        }
    }

    Sentence sentence() {
        return parse.sentence();
    }

    boolean news() {
        return telling == Telling.NEWS;
    }

    Move with(Telling newTelling) {
        return new Move(kind, act, from, to, group, movers, bodies, newTelling, parse, trigger, date, datePrecision, now, also);
    }

    Move withParties(String newFrom, String newTo) {
        return new Move(kind, act, newFrom, newTo, group, movers, bodies, telling, parse, trigger, date, datePrecision, now,
                also);
    }

    Move withMovers(Movers newMovers) {
        return new Move(kind, act, from, to, group, newMovers, bodies, telling, parse, trigger, date, datePrecision, now,
                also);
    }
}
