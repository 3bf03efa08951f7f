package org.floorcross.review;

import java.util.List;

/**
 * One real-world move as the reports of it add up: the best-supported details, every source, and any disagreement.
 *
 * @param id the event's review id (what {@code floorcross review accept ID} takes)
 * @param kind defection, suspension or reinstatement
 * @param bodyId the register id, or null when the body is not in the register
 * @param bodyName the body's name
 * @param from the bloc left, or null when no report states it
 * @param to the bloc joined, or null when no report states it
 * @param group the named group formed or joined, or null
 * @param count how many moved, as the reports (or an editor) say; null when unknown
 * @param people everyone any report names
 * @param date the most precise date the reports support
 * @param status pending, accepted or rejected
 * @param support how strongly the reports together support it, 0 to 1 (see {@link Consensus})
 * @param reports every article that reports it, oldest claim first
 * @param conflicts details the reports disagree on
 * @param ledgerKey the ledger's key for the event as applied; null unless accepted and applied (the history says why
 *                  an accepted event could not be applied)
 */
public record ProposedEvent(long id, String kind, String bodyId, String bodyName, String from, String to, String group,
                            Integer count, List<String> people, EventDate date, Status status, double support,
                            List<Report> reports, List<Conflict> conflicts, String ledgerKey) {

    public ProposedEvent {
        people = List.copyOf(people);
        reports = List.copyOf(reports);
        conflicts = List.copyOf(conflicts);
    }

    /** "defection from Labour to Independent" */
    public String move() {
        return kind + " from " + (from == null ? "a bloc not stated" : from)
                + " to " + (to == null ? "a bloc not stated" : to);
    }
}
