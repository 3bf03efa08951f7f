package org.floorcross.ledger;

/**
 * A conflict found while applying an event; the event is kept, and only the conflicting part is not applied.
 *
 * @param event the event
 * @param reason what is wrong
 * @param detail which person, bloc or count, in words
 */
public record Flag(Event event, Reason reason, String detail) {

    public enum Reason {
        /** A named person matches nobody on the body: not moved. */
        PERSON_NOT_ON_BODY,
        /** A named person matches several members equally well: not moved. */
        AMBIGUOUS_PERSON,
        /** A named person already sits in the bloc they are said to join: not moved again. */
        ALREADY_IN_TARGET_BLOC,
        /** A named person sits in another bloc than the one they are said to leave: moved anyway. */
        NOT_IN_FROM_BLOC,
        /** A count is larger than the seats the bloc holds: only what is there moves. */
        COUNT_EXCEEDS_BLOC,
        /** The event comes before any baseline of the body: applied to an empty body. */
        NO_BASELINE,
        /** A by-election finds no vacant seat (in its ward): not applied. */
        NO_VACANT_SEAT
    }

    public String eventKey() {
        return event.key();
    }
}
