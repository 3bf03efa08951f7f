package org.floorcross.register;

/**
 * One seat in a roster.
 *
 * @param member the person holding it as written in the source; null when only counts are known (parliaments)
 * @param ward the ward or constituency; null if unknown
 * @param party the canonical bloc: a party name ({@link Party#name()}), {@link Party#INDEPENDENT}, or a local group's
 *              name; null for a vacant seat
 * @param label the party label exactly as the source gave it
 */
public record Seat(String member, String ward, String party, String label) {

    public boolean vacant() {
        return party == null;
    }
}
